package io.examday.harness.scenario;

import java.util.random.RandomGenerator;

/** A vanishing candidate stops after a page in the second half of the exam, drawn uniformly. */
public final class Vanishing {

    private Vanishing() {}

    public static int firstPage(int pages) {
        return (pages + 1) / 2;
    }

    public static double meanPage(int pages) {
        return (firstPage(pages) + pages) / 2.0;
    }

    public static int drawPage(int pages, RandomGenerator random) {
        return firstPage(pages) + random.nextInt(pages - firstPage(pages) + 1);
    }
}
