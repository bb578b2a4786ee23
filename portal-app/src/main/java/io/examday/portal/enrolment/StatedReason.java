package io.examday.portal.enrolment;

import io.examday.portal.web.PortalProblem;
import io.examday.portal.web.StorableText;

/**
 * Why staff imported candidates or replaced a code, as the staff log keeps it: bounded, as the proctors' reasons
 * are, and refused with a 400 of its own before PostgreSQL would refuse it mid-transaction.
 */
final class StatedReason {

    static final int MAX_LENGTH = 1000;

    private StatedReason() {
    }

    /** The reason stripped, or null when none was given. */
    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_LENGTH) {
            throw PortalProblem.badRequest("reason-too-long", "A reason is at most " + MAX_LENGTH + " characters.");
        }
        if (!StorableText.holds(reason)) {
            throw PortalProblem.badRequest("invalid-reason", "The reason " + StorableText.RULE + ".");
        }
        return reason.strip();
    }

    static String required(String reason, String whenMissing) {
        String given = optional(reason);
        if (given == null) {
            throw PortalProblem.badRequest("reason-required", whenMissing);
        }
        return given;
    }
}
