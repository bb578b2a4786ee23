package io.examday.portal.attempt;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, AUTO_SUBMITTED;

    public boolean closed() {
        return this != IN_PROGRESS;
    }
}
