package io.examday.portal.ops;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/ops/audit?examCode=…} (role ADMIN; see API.md). */
@RestController
class AuditController {

    private final ExamAudit audit;

    AuditController(ExamAudit audit) {
        this.audit = audit;
    }

    /** {@code examCode} may repeat or hold a comma-separated list: the counts are summed over those exams. */
    @GetMapping("/api/ops/audit")
    public ExamAudit.Counts audit(@RequestParam(name = "examCode", required = false) List<String> examCodes) {
        return audit.of(examCodes);
    }
}
