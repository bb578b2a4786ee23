package io.examday.portal.stafflog;

import io.examday.portal.exam.ExamListing;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.identity.Role;
import io.examday.portal.web.ErrorPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's staff log page: newest first, a page at a time, optionally for one exam. Its address is outside
 * the role rules of the security configuration, so it checks the role itself.
 */
@Controller
public class StaffLogPages {

    private final StaffLogReader reader;
    private final ExamListing exams;

    StaffLogPages(StaffLogReader reader, ExamListing exams) {
        this.reader = reader;
        this.exams = exams;
    }

    @GetMapping("/ops/staff-log")
    public String log(@AuthenticationPrincipal PortalUser viewer, @RequestParam(required = false) Long examId,
                      @RequestParam(required = false) Integer page, Model model) {
        if (viewer == null || viewer.role() != Role.ADMIN) {
            throw new PortalProblem(HttpStatus.FORBIDDEN, "forbidden", "Only an administrator may read the staff log.");
        }
        model.addAttribute("log", reader.page(examId, page, null));
        model.addAttribute("exams", exams.all());
        return "ops/staff-log";
    }

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem) {
        return ErrorPage.of(problem.status(), problem.getMessage(), "/");
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badAddress(TypeMismatchException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The address has an invalid " + e.getPropertyName() + ".", "/");
    }
}
