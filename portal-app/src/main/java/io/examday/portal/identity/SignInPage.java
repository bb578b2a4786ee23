package io.examday.portal.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form (Spring Security handles its POST) and the start page, which sends each role its way. */
@Controller
class SignInPage {

    /** {@code throttled}: the seconds a throttled sign-in must wait ({@link SignInFormFailures}). */
    @GetMapping("/login")
    public String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("throttledFor", readableWait(throttled));
        }
        return "login";
    }

    @GetMapping("/")
    public String home(@AuthenticationPrincipal PortalUser user) {
        return switch (user.role()) {
            case CANDIDATE -> "redirect:/exams";
            case AUTHOR, ADMIN -> "redirect:/author";
            case PROCTOR -> "redirect:/proctor";
        };
    }

    /** The address bar may hold anything: only a plain number of seconds is repeated back. */
    static String readableWait(String seconds) {
        if (!seconds.matches("\\d{1,6}")) {
            return "a few minutes";
        }
        long wait = Long.parseLong(seconds);
        if (wait < 120) {
            return wait == 1 ? "1 second" : wait + " seconds";
        }
        return (wait + 59) / 60 + " minutes";
    }
}
