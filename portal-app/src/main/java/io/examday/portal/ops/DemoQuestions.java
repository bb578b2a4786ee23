package io.examday.portal.ops;

import io.examday.portal.exam.NewQuestion;

import java.math.BigDecimal;
import java.util.List;

/** The demo exam's questions: three of every kind, easy enough to check a result by hand. */
final class DemoQuestions {

    private DemoQuestions() {
    }

    static List<NewQuestion> all() {
        return List.of(
                NewQuestion.singleChoice("Which planet is closest to the Sun?",
                        List.of("Venus", "Mercury", "Mars", "Earth"), 1, 1),
                NewQuestion.multipleChoice("Which of these are prime numbers?",
                        List.of("2", "4", "7", "9", "11"), List.of(0, 2, 4), 2),
                NewQuestion.numeric("What is 12 × 12?", BigDecimal.valueOf(144), null, 1),
                NewQuestion.shortText("What is the chemical symbol for gold?", "Au", 1),
                NewQuestion.singleChoice("Which HTTP status code means \"Not Found\"?",
                        List.of("200", "301", "404", "500"), 2, 1),
                NewQuestion.multipleChoice("Which of these are JVM languages?",
                        List.of("Kotlin", "Python", "Scala", "Go", "Java"), List.of(0, 2, 4), 2),
                NewQuestion.numeric("What is π to two decimal places?", new BigDecimal("3.14"), 0.005, 1),
                NewQuestion.shortText("Which word completes the phrase \"Hello, ___\" in most first programs?",
                        "World", 1),
                NewQuestion.singleChoice("How many minutes are there in an hour?",
                        List.of("30", "60", "90", "100"), 1, 1),
                NewQuestion.multipleChoice("Which of these are primary colours of light?",
                        List.of("Red", "Yellow", "Green", "Blue"), List.of(0, 2, 3), 2),
                NewQuestion.numeric("How many seconds are there in 2.5 minutes?", BigDecimal.valueOf(150), null, 1),
                NewQuestion.shortText("What is the capital of France?", "Paris", 1));
    }
}
