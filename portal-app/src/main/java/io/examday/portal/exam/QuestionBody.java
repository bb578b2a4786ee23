package io.examday.portal.exam;

import java.nio.charset.StandardCharsets;

/** Import bodies are read as bytes and decoded here, so a CSV without a charset is still UTF-8. */
final class QuestionBody {

    private QuestionBody() {
    }

    static String utf8(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
