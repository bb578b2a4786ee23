package io.examday.portal.exam;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The authors' API for question banks and imports (role AUTHOR; see API.md). */
@RestController
@RequestMapping("/api/banks")
class BankController {

    private final QuestionBanks banks;

    BankController(QuestionBanks banks) {
        this.banks = banks;
    }

    public record Imported(int imported) {
    }

    @GetMapping
    public List<BankSummary> all() {
        return banks.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<BankSummary> create(@RequestBody NewBank bank) {
        long bankId = banks.create(bank);
        BankContents created = banks.show(bankId);
        return ResponseEntity.created(URI.create("/api/banks/" + bankId)).body(new BankSummary(bankId,
                created.name(), created.description(), created.questionCount()));
    }

    @GetMapping("/{bankId}")
    public BankContents show(@PathVariable long bankId) {
        return banks.show(bankId);
    }

    @PostMapping(path = "/{bankId}/questions/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Imported importJson(@PathVariable long bankId, @RequestBody byte[] body) {
        return new Imported(banks.importQuestions(bankId, QuestionBody.utf8(body), QuestionImport.Format.JSON));
    }

    @PostMapping(path = "/{bankId}/questions/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public Imported importCsv(@PathVariable long bankId, @RequestBody(required = false) byte[] body) {
        return new Imported(banks.importQuestions(bankId, QuestionBody.utf8(body), QuestionImport.Format.CSV));
    }
}
