package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** Decides what an "add questions" body asks for: questions of a bank, or new questions of the exam's own. */
@Component
class QuestionsToAdd {

    private final ExamAuthoring authoring;

    QuestionsToAdd(ExamAuthoring authoring) {
        this.authoring = authoring;
    }

    int add(long examId, String body) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            throw PortalProblem.badRequest("malformed-body", "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root != null && root.isObject() && root.has("bankId")) {
            return authoring.appendFromBank(examId, integral(root.get("bankId"), "bankId"), questionIds(root.get("questionIds")));
        }
        return authoring.append(examId, QuestionImport.read(body, QuestionImport.Format.JSON));
    }

    private static List<Long> questionIds(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw InvalidInput.problem(List.of(InvalidInput.field("questionIds", "must be a list of question ids")));
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : node) {
            ids.add(integral(id, "questionIds"));
        }
        return ids;
    }

    private static long integral(JsonNode node, String field) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InvalidInput.problem(List.of(InvalidInput.field(field, "must be a whole number")));
        }
        return node.asLong();
    }
}
