package io.examday.portal.exam;

import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.OptionalInt;

/** The author's question bank pages: create a bank, see its questions, import into it. */
@Controller
@PortalPage(back = "/author")
@RequestMapping("/author/banks")
class BankPages {

    private final ExamListing listing;
    private final QuestionBanks banks;

    BankPages(ExamListing listing, QuestionBanks banks) {
        this.listing = listing;
        this.banks = banks;
    }

    @PostMapping
    public String create(@RequestParam(required = false) String name,
                         @RequestParam(required = false) String description, Model model,
                         HttpServletResponse response) {
        try {
            return "redirect:/author/banks/" + banks.create(new NewBank(name, description));
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            model.addAttribute("exams", listing.all());
            model.addAttribute("banks", banks.all());
            model.addAttribute("form", ExamForm.blank());
            return "author/exams";
        }
    }

    @GetMapping("/{bankId}")
    public String bank(@PathVariable long bankId, Model model) {
        return QuestionImportForm.page(model, "bank", banks.show(bankId), "/author/banks/" + bankId + "/import");
    }

    @PostMapping("/{bankId}/import")
    public String importQuestions(@PathVariable long bankId, QuestionImportForm form, Model model,
                                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        OptionalInt imported = form.addTo(upload -> banks.importQuestions(bankId, upload.body(), upload.format()),
                model, response);
        if (imported.isEmpty()) {
            return bank(bankId, model);
        }
        redirect.addFlashAttribute("notice", imported.getAsInt() + " questions imported.");
        return "redirect:/author/banks/" + bankId;
    }
}
