package io.examday.portal.grading;

import java.util.Locale;

/** Points earned of the points available. */
public record Score(double points, double maxPoints) {

    /** Whole points without decimals, partial ones with two: how mails and PDFs show a score. */
    public static String shown(double points) {
        return String.format(Locale.ROOT, points == Math.rint(points) ? "%.0f" : "%.2f", points);
    }
}
