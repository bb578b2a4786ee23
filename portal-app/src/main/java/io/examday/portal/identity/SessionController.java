package io.examday.portal.identity;

import io.examday.portal.web.PortalProblem;
import io.examday.portal.web.Storable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in for API clients; sets the same session cookie the pages use. */
@RestController
@RequestMapping("/api/session")
public class SessionController {

    private final SignInService signIn;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    public SessionController(SignInService signIn, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.contexts = contexts;
    }

    public record SignIn(@NotBlank @Size(max = 100) @Storable String username,
                         @Size(max = 100) String admissionCode,
                         @Size(max = 200) String password) {
    }

    public record SignedIn(long userId, String username, String displayName, String role) {
        static SignedIn of(PortalUser user) {
            return new SignedIn(user.id(), user.username(), user.displayName(), user.role().name());
        }
    }

    @PostMapping
    public SignedIn signIn(@Valid @RequestBody SignIn body, HttpServletRequest request, HttpServletResponse response) {
        var user = (body.admissionCode() != null
                ? signIn.withAdmissionCode(body.username(), body.admissionCode())
                : signIn.withPassword(body.username(), body.password()))
                .orElseThrow(() -> new PortalProblem(HttpStatus.UNAUTHORIZED, "bad-credentials",
                        "Unknown username or wrong password or admission code."));
        // A new session id on sign-in: no session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = holder.createEmptyContext();
        context.setAuthentication(new PortalAuthentication(user));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return SignedIn.of(user);
    }

    @GetMapping
    public SignedIn current(@AuthenticationPrincipal PortalUser user) {
        return SignedIn.of(user);
    }

    @DeleteMapping
    public ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, holder.getContext().getAuthentication());
        return ResponseEntity.noContent().build();
    }
}
