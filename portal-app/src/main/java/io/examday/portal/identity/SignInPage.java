package io.examday.portal.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form (Spring Security handles its POST) and the start page, which sends each role its way. */
@Controller
public class SignInPage {

    @GetMapping("/login")
    public String login() {
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
}
