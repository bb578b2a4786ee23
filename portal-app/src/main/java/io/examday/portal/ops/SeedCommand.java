package io.examday.portal.ops;

/** `seed …`: loads load-test candidates, exams and enrolments, then exits. */
public final class SeedCommand {

    public static final String NAME = "seed";
    public static final String PROFILE = "seed";

    private SeedCommand() {
    }
}
