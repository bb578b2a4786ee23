package io.examday.portal.exam;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A named pool of questions that authors import once and add to exams. */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    @Formula("(select count(*) from question q where q.bank_id = id)")
    private int questionCount;

    protected QuestionBank() {
    }

    QuestionBank(String name, String description) {
        this.name = name;
        this.description = description;
    }

    long id() {
        return id;
    }

    BankSummary summary() {
        return new BankSummary(id, name, description, questionCount);
    }
}
