package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The part of a run a check looks at: all of it, or only the stretch at full load (run.json {@code fullLoad}). */
public enum Window {
    WHOLE_RUN("whole-run"),
    FULL_LOAD("full-load");

    private final String word;

    Window(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    @JsonCreator
    public static Window of(String word) {
        for (Window window : values()) {
            if (window.word.equals(word)) {
                return window;
            }
        }
        throw new IllegalArgumentException("window must be 'whole-run' or 'full-load', not '" + word + "'");
    }
}
