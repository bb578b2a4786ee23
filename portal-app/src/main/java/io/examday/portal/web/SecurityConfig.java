package io.examday.portal.web;

import io.examday.portal.identity.PortalAuthenticationProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One session for pages and API. Pages get form login and CSRF tokens; the JSON API gets problem JSON for
 * 401/403 and no CSRF token: its cookie is SameSite=Strict and it only accepts JSON bodies, which a foreign
 * page cannot send without a CORS preflight the portal never grants.
 */
@Configuration
public class SecurityConfig {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    @ConditionalOnWebApplication // the seed command runs without a web server
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalAuthenticationProvider signIn,
                                       SecurityContextRepository contexts, ProblemWriter problems) throws Exception {
        http.authenticationProvider(signIn)
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
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
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(c -> c.ignoringRequestMatchers(API))
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

    /** After the arrival time is taken (a save that waits in line still arrived in time), before any work. */
    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(AdmissionProperties admission, ProblemWriter problems,
                                                              MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new RequestAdmission(admission, problems, meters));
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
