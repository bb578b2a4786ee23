package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Question banks: create, list, show, and import questions into them all-or-nothing. */
@Service
class QuestionBanks {

    private final QuestionBankRepository banks;
    private final QuestionStore questions;
    private final Validator validator;

    QuestionBanks(QuestionBankRepository banks, QuestionStore questions, Validator validator) {
        this.banks = banks;
        this.questions = questions;
        this.validator = validator;
    }

    @Transactional
    public long create(NewBank bank) {
        InvalidInput.check(validator, bank);
        String name = bank.name().trim();
        if (banks.existsByName(name)) {
            throw PortalProblem.conflict("bank-name-taken", "Another question bank is already called " + name + ".");
        }
        return banks.save(new QuestionBank(name, bank.description() == null ? "" : bank.description())).id();
    }

    @Transactional(readOnly = true)
    public List<BankSummary> all() {
        return banks.findAllByOrderByNameAsc().stream().map(QuestionBank::summary).toList();
    }

    @Transactional(readOnly = true)
    public BankContents show(long bankId) {
        BankSummary bank = banks.findById(bankId).map(QuestionBank::summary).orElseThrow(() -> notFound(bankId));
        return new BankContents(bank.bankId(), bank.name(), bank.description(), bank.questionCount(),
                questions.ofBank(bankId));
    }

    /** Reads and checks the whole body first: one bad line and nothing is imported. Returns how many were. */
    @Transactional
    public int importQuestions(long bankId, String body, QuestionImport.Format format) {
        if (!banks.existsById(bankId)) {
            throw notFound(bankId);
        }
        List<NewQuestion> checked = QuestionImport.read(body, format);
        questions.insert(bankId, checked);
        return checked.size();
    }

    static PortalProblem notFound(long bankId) {
        return PortalProblem.notFound("bank-not-found", "No question bank " + bankId + ".");
    }
}
