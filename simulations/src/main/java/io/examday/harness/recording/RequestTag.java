package io.examday.harness.recording;

/**
 * The tag of a request's histograms in {@code client/latency.hlog}. HdrHistogram's log reader splits lines on spaces
 * and commas, so a route template such as {@code PUT /api/attempts/{attemptId}/answers/{questionId}} is written with
 * each space as {@code _} ({@code PUT_/api/attempts/{attemptId}/answers/{questionId}}); route templates contain
 * neither {@code _} nor commas, so the tag reads back unambiguously.
 */
public final class RequestTag {

    private RequestTag() {}

    public static String of(String requestName) {
        if (requestName.indexOf('_') >= 0 || requestName.indexOf(',') >= 0) {
            throw new IllegalArgumentException("a request name must not contain '_' or ',': " + requestName);
        }
        return requestName.replace(' ', '_');
    }

    public static String requestName(String tag) {
        return tag.replace('_', ' ');
    }
}
