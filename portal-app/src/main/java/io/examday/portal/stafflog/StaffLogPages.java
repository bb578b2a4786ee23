package io.examday.portal.stafflog;

import io.examday.portal.identity.PortalUser;
import io.examday.portal.identity.Role;
import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's staff log page: newest first, a page at a time, optionally for one of the exams it has entries for
 * (read with the log, so the log depends on no other feature's code). Its address is outside the role rules of the
 * security configuration, so it checks the role itself.
 */
@Controller
@PortalPage(back = "/")
class StaffLogPages {

    private final StaffLogReader reader;

    StaffLogPages(StaffLogReader reader) {
        this.reader = reader;
    }

    @GetMapping("/ops/staff-log")
    public String log(@AuthenticationPrincipal PortalUser viewer, @RequestParam(required = false) Long examId,
                      @RequestParam(required = false) Integer page, Model model) {
        if (viewer == null || viewer.role() != Role.ADMIN) {
            throw new PortalProblem(HttpStatus.FORBIDDEN, "forbidden", "Only an administrator may read the staff log.");
        }
        model.addAttribute("log", reader.page(examId, page, null));
        model.addAttribute("exams", reader.exams());
        return "ops/staff-log";
    }
}
