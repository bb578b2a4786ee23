package io.examday.portal.identity;

import io.examday.portal.web.PortalProblem;
import io.examday.portal.web.Problems;
import io.examday.portal.web.Storable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in for API clients; sets the same session cookie the pages use. */
@RestController
@RequestMapping("/api/session")
class SessionController {

    private final SignInService signIn;
    private final SignInGate gate;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionController(SignInService signIn, SignInGate gate, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.gate = gate;
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
        // Behind a proxy, Tomcat's RemoteIpValve has put the client's address here (server.forward-headers-strategy).
        var user = gate.signIn(body.username(), request.getRemoteAddr(), () -> body.admissionCode() != null
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

    @ExceptionHandler(SignInThrottled.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottled refused) {
        long seconds = refused.retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                        "Too many failed sign-ins from this address; this one was not checked. Try again in "
                                + seconds + " s."));
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
