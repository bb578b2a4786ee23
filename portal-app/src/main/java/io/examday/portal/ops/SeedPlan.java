package io.examday.portal.ops;

/**
 * What {@code seed} was asked for: {@code --candidates N --exams K --questions Q [--rehearsal R] [--reset]}
 * (also {@code --candidates=N}). Spring's own {@code --name.with.dots=value} options pass through.
 * {@code rehearsal} is how many rehearsal candidates sit the REHEARSAL exam before a run (0: none).
 */
record SeedPlan(int candidates, int exams, int questions, int rehearsal, boolean reset) {

    static final String USAGE =
            "usage: seed [--candidates 20000] [--exams 3] [--questions 40] [--rehearsal 0] [--reset]";

    public SeedPlan {
        check("candidates", candidates, 1, 999_999);
        check("exams", exams, 1, 100);
        check("questions", questions, 1, 500);
        check("rehearsal", rehearsal, 0, 5_000);
    }

    public static SeedPlan parse(String... args) {
        int candidates = 20_000;
        int exams = 3;
        int questions = 40;
        int rehearsal = 0;
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && SeedCommand.NAME.equals(arg)) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (name.startsWith("--") && name.contains(".") && value != null) {
                continue;
            }
            if (name.equals("--reset") && value == null) {
                reset = true;
                continue;
            }
            if (!name.equals("--candidates") && !name.equals("--exams") && !name.equals("--questions")
                    && !name.equals("--rehearsal")) {
                throw new IllegalArgumentException("Unknown argument " + arg + ".");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a number.");
                }
                value = args[++i];
            }
            int number = number(name, value);
            switch (name) {
                case "--candidates" -> candidates = number;
                case "--exams" -> exams = number;
                case "--rehearsal" -> rehearsal = number;
                default -> questions = number;
            }
        }
        return new SeedPlan(candidates, exams, questions, rehearsal, reset);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not " + value + ".");
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " is from " + min + " to " + max + ", not " + value + ".");
        }
    }
}
