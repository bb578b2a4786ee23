package io.examday.portal.exam;

import io.examday.portal.web.Storable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What an author writes about an exam: the body of {@code POST /api/exams} and {@code PUT /api/exams/{id}}. */
public record ExamDetails(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}",
                message = "is 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit") String code,
        @NotBlank @Size(max = 200) @Storable String title,
        @Size(max = 10_000) @Storable String description,
        @NotNull @Min(1) @Max(ScheduleChange.MAX_DURATION_SECONDS) Integer durationSeconds,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @Min(1) @Max(100) Integer questionsPerPage,
        Boolean shuffleQuestions) {

    ScheduleChange schedule() {
        return new ScheduleChange(opensAt, closesAt, durationSeconds);
    }
}
