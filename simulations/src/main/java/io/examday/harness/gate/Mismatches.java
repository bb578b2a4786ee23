package io.examday.harness.gate;

import java.util.ArrayList;
import java.util.List;

/** Things acknowledged but not found stored: how many, and the first few by id for the note. */
final class Mismatches {

    static final int SHOWN = 5;

    private final List<String> first = new ArrayList<>();
    private long count;

    void add(String what) {
        if (first.size() < SHOWN) {
            first.add(what);
        }
        count++;
    }

    long count() {
        return count;
    }

    /** "3 lost: attempt 12 question 4: acknowledged revision 3, stored 2; …", or null when nothing was lost. */
    String note() {
        if (count == 0) {
            return null;
        }
        String shown = count > first.size() ? " (first %d by id)".formatted(first.size()) : "";
        return "%,d lost%s: %s".formatted(count, shown, String.join("; ", first));
    }
}
