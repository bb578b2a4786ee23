package io.examday.harness.gate;

/** How a measured figure must stand against its limit; the words match the threshold file's field names. */
public enum Compare {
    BELOW("below"), ABOVE("above"), AT_MOST("at most"), AT_LEAST("at least");

    private final String words;

    Compare(String words) {
        this.words = words;
    }

    public boolean holds(double measured, double limit) {
        return switch (this) {
            case BELOW -> measured < limit;
            case ABOVE -> measured > limit;
            case AT_MOST -> measured <= limit;
            case AT_LEAST -> measured >= limit;
        };
    }

    public String words() {
        return words;
    }
}
