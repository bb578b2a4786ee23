package io.examday.portal.web;

/**
 * Text PostgreSQL keeps exactly as sent. It refuses U+0000 in text and jsonb (the statement fails, which would
 * surface as a conflict), and the driver turns an unpaired surrogate into '?'. Inputs check this first and refuse
 * with their own 400 code.
 */
public final class StorableText {

    /** Why a text is refused, worded to follow a field name ("prompt must not…"). */
    public static final String RULE = "must not contain the NUL character (U+0000) or a broken Unicode surrogate";

    private StorableText() {
    }

    /** True for null, which the inputs' own rules judge. */
    public static boolean holds(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
