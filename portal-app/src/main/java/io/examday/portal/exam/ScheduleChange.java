package io.examday.portal.exam;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The body of {@code PUT /api/exams/{id}/schedule}: the only change a published exam accepts. */
public record ScheduleChange(
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull @Min(1) @Max(MAX_DURATION_SECONDS) Integer durationSeconds) {

    static final int MAX_DURATION_SECONDS = 24 * 3600;
}
