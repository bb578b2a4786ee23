package io.examday.harness.report;

/** Escaping for text placed into HTML, and for JSON placed into a script element. */
public final class Html {

    private Html() {}

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON whose strings cannot close the script element or start a comment; still valid JSON. */
    static String json(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Script source that cannot end its script element early. */
    static String script(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }
}
