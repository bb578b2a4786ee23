package io.examday.portal.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One session for pages and API. Pages get form login and CSRF tokens (a visitor's in a cookie, a signed-in
 * person's in the session: {@link VisitorCsrfTokens}); the JSON API gets problem JSON for
 * 401/403 and no CSRF token: its cookie is SameSite=Strict, and a state-changing API request must carry a JSON
 * body or the {@link ApiForgeryCheck#HEADER} header, which a foreign page cannot send without a CORS preflight
 * the portal never grants.
 */
@Configuration
class SecurityConfig {

    private static final RequestMatcher API = ApiRequests::isApi;

    /**
     * The CSS and JavaScript ({@link StaticResources}) have a chain of their own that never looks at the session:
     * the security context is not loaded from it, no CSRF token or saved request is kept in it, so a file costs no
     * Redis round trip, however many candidates load it in the start storm. They are public and read-only (the
     * resource handler answers GET and HEAD only), so there is nothing for a session or a CSRF token to protect. The
     * security headers stay (X-Content-Type-Options and the rest), all but Cache-Control, which the resource handler
     * sets: Spring Security's {@code no-cache, no-store} would make every page load fetch every file again.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain staticResourceSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(StaticResources.FOLDERS.keySet().toArray(String[]::new))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication // the seed command runs without a web server
    // The identity feature's provider and failure handler, by their Spring types: web does not depend on identity.
    SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationProvider signIn,
                                       AuthenticationFailureHandler signInFailures, SecurityContextRepository contexts,
                                       ProblemWriter problems) throws Exception {
        // The provider alone, with no parent: the global AuthenticationManager holds the same provider bean, and a
        // ProviderManager asks its parent after a failure, so each failed form sign-in was checked (BCrypt) twice.
        http.authenticationManager(new ProviderManager(signIn))
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/favicon.ico", "/error").permitAll()
                        // The management port binds 127.0.0.1 only; Prometheus scrapes it without a session.
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/session").permitAll()
                        .requestMatchers("/api/session").authenticated()
                        .requestMatchers("/api/me/**", "/api/exams/*/lobby", "/api/exams/*/attempts", "/api/attempts/**",
                                "/exams/**", "/attempts/**").hasRole("CANDIDATE")
                        .requestMatchers("/api/exams/**", "/api/banks/**", "/author/**").hasRole("AUTHOR")
                        .requestMatchers("/api/proctor/**", "/proctor/**").hasRole("PROCTOR")
                        .requestMatchers("/api/ops/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(signInFailures)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(c -> c.csrfTokenRepository(new VisitorCsrfTokens()).ignoringRequestMatchers(API))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(response,
                                Problems.of(HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign in first.")), API)
                        .defaultAccessDeniedHandlerFor((request, response, ex) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this.")), API));
        return http.build();
    }

    /**
     * No Spring Security observations: they wrap each of a dozen filters in an observation on every request, a tenth
     * of the portal's CPU at 10k candidates, and the gate reads http.server.requests, which stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_AUTHOR
                ROLE_ADMIN > ROLE_PROCTOR
                """);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Before the admission line: a forged request is refused without taking a place in it. */
    @Bean
    FilterRegistrationBean<ApiForgeryCheck> apiForgeryCheck(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new ApiForgeryCheck(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** After the arrival time is taken (a save that waits in line still arrived in time), before any work. */
    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(AdmissionProperties admission, ProblemWriter problems,
                                                              MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new RequestAdmission(admission, problems, meters,
                StaticResources::isFile));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebProperties limits, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
