package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/** The author's question bank pages: create a bank, see its questions, import into it. */
@Controller
@RequestMapping("/author/banks")
public class BankPages {

    private final ExamListing listing;
    private final QuestionBanks banks;

    public BankPages(ExamListing listing, QuestionBanks banks) {
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
        model.addAttribute("bank", banks.show(bankId));
        model.addAttribute("action", "/author/banks/" + bankId + "/import");
        return "author/import";
    }

    @PostMapping("/{bankId}/import")
    public String importQuestions(@PathVariable long bankId, @RequestParam(required = false) String text,
                                  @RequestParam(required = false) MultipartFile file,
                                  @RequestParam(defaultValue = "auto") String format, Model model,
                                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            var upload = UploadedQuestions.of(text, file, format);
            int imported = banks.importQuestions(bankId, upload.body(), upload.format());
            redirect.addFlashAttribute("notice", imported + " questions imported.");
            return "redirect:/author/banks/" + bankId;
        } catch (PortalProblem problem) {
            PageRefusal.show(problem, model, response);
            model.addAttribute("text", text);
            return bank(bankId, model);
        }
    }
}
