package io.examday.portal.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exam form of the author pages, as typed: times are {@code datetime-local} values in UTC and the duration is
 * in minutes. Converting it reports unreadable values as field errors, like the API's.
 */
record ExamForm(String code, String title, String description, String durationMinutes, String opensAt,
                String closesAt, String questionsPerPage, Boolean shuffleQuestions) {

    static ExamForm blank() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new ExamForm("", "", "", "60", local(start), local(start.plus(3, ChronoUnit.HOURS)), "1", false);
    }

    static ExamForm of(ExamSummary exam) {
        return new ExamForm(exam.code(), exam.title(), exam.description(), Integer.toString(exam.durationSeconds() / 60),
                local(exam.opensAt()), local(exam.closesAt()), Integer.toString(exam.questionsPerPage()),
                exam.shuffleQuestions());
    }

    ExamDetails details() {
        List<Map<String, Object>> errors = new ArrayList<>();
        var schedule = schedule(errors);
        Integer perPage = number("questionsPerPage", questionsPerPage, 1, errors);
        if (!errors.isEmpty()) {
            throw InvalidInput.problem(errors);
        }
        return new ExamDetails(code, title, description, schedule.durationSeconds(), schedule.opensAt(),
                schedule.closesAt(), perPage, Boolean.TRUE.equals(shuffleQuestions));
    }

    ScheduleChange schedule() {
        List<Map<String, Object>> errors = new ArrayList<>();
        var schedule = schedule(errors);
        if (!errors.isEmpty()) {
            throw InvalidInput.problem(errors);
        }
        return schedule;
    }

    private ScheduleChange schedule(List<Map<String, Object>> errors) {
        Integer minutes = number("durationSeconds", durationMinutes, 60, errors);
        return new ScheduleChange(instant("opensAt", opensAt, errors), instant("closesAt", closesAt, errors), minutes);
    }

    private static Integer number(String field, String text, int factor, List<Map<String, Object>> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Math.multiplyExact(Integer.parseInt(text.trim()), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(InvalidInput.field(field, "must be a whole number"));
            return null;
        }
    }

    private static Instant instant(String field, String text, List<Map<String, Object>> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(InvalidInput.field(field, "must be a date and time such as 2026-11-28T09:00"));
            return null;
        }
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
