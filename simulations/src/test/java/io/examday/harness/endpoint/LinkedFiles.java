package io.examday.harness.endpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The portal's own stylesheets and scripts a page links ({@code href="/css/..."}, {@code src="/js/..."}), in page
 * order, as a browser finds them. Found with plain {@code indexOf}, not a regular expression: the regex that did this
 * tried its alternation at every character of every page, and held a tenth of the injector's load-thread samples in
 * start-storm's open, when every attempt page is read at once (flight recording of the injector, 2026-12-06).
 */
final class LinkedFiles {

    private static final String VALUE_START = "=\"";
    private static final String[] ATTRIBUTES = {"href", "src"};
    private static final String[] FOLDERS = {"/css/", "/js/"};

    private LinkedFiles() {}

    static List<String> in(String html) {
        List<String> files = new ArrayList<>();
        int equals = html.indexOf(VALUE_START);
        while (equals >= 0) {
            int value = equals + VALUE_START.length();
            int end = html.indexOf('"', value);
            if (end < 0) {
                break;
            }
            if (attributeEndsAt(html, equals) && fileOfOurOwn(html, value, end)) {
                files.add(html.substring(value, end));
            }
            equals = html.indexOf(VALUE_START, end);
        }
        return files;
    }

    private static boolean attributeEndsAt(String html, int equals) {
        for (String name : ATTRIBUTES) {
            if (html.startsWith(name, equals - name.length())) {
                return true;
            }
        }
        return false;
    }

    /** A folder of the portal's own, then at least one character of file name. */
    private static boolean fileOfOurOwn(String html, int value, int end) {
        for (String folder : FOLDERS) {
            if (html.startsWith(folder, value) && end > value + folder.length()) {
                return true;
            }
        }
        return false;
    }
}
