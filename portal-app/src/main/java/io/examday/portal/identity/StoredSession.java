package io.examday.portal.identity;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.MapSession;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session as written to Redis (as JSON, {@code JsonForm}): who is signed in, the form-protection token and the
 * notices waiting for the next page, as fields of their own. Never Java-serialized objects: during a rolling deploy
 * instances of two builds read each other's sessions, and a changed class must not sign everyone out. The session
 * holds these three attributes and nothing else; any other is refused when written, so a new one is added here.
 */
record StoredSession(String id, Instant createdAt, Instant lastAccessedAt, Duration maxInactive, PortalUser user,
                     Csrf csrf, List<Flash> flashes) {

    static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    /** Where HttpSessionCsrfTokenRepository keeps its token (its own constant is private). */
    static final String CSRF_TOKEN = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";
    /** Where SessionFlashMapManager keeps the flash attributes (its own constant is private). */
    static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    /** The form-protection token the sign-in and every page form carry. */
    record Csrf(String headerName, String parameterName, String token) {
    }

    /** Notices for the page a redirect leads to, e.g. "12 questions imported." */
    record Flash(String targetPath, Map<String, List<String>> targetParameters, long expiresAtMillis,
                 Map<String, String> notices) {
    }

    static StoredSession of(MapSession session) {
        PortalUser user = null;
        Csrf csrf = null;
        List<Flash> flashes = null;
        for (String name : session.getAttributeNames()) {
            Object value = session.getAttribute(name);
            if (name.equals(SECURITY_CONTEXT)) {
                user = userOf(value);
            } else if (name.equals(CSRF_TOKEN) && value instanceof CsrfToken token) {
                csrf = new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
            } else if (name.equals(FLASH_MAPS) && value instanceof List<?> maps) {
                flashes = maps.stream().map(StoredSession::flashOf).toList();
            } else {
                throw refused(name, value);
            }
        }
        return new StoredSession(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                session.getMaxInactiveInterval(), user, csrf, flashes);
    }

    MapSession toSession() {
        var session = new MapSession(id);
        session.setCreationTime(createdAt);
        session.setLastAccessedTime(lastAccessedAt);
        session.setMaxInactiveInterval(maxInactive);
        if (user != null) {
            session.setAttribute(SECURITY_CONTEXT, new SecurityContextImpl(new PortalAuthentication(user)));
        }
        if (csrf != null) {
            session.setAttribute(CSRF_TOKEN, new DefaultCsrfToken(csrf.headerName(), csrf.parameterName(), csrf.token()));
        }
        if (flashes != null) {
            session.setAttribute(FLASH_MAPS, new ArrayList<>(flashes.stream().map(StoredSession::flashMapOf).toList()));
        }
        return session;
    }

    private static PortalUser userOf(Object value) {
        if (!(value instanceof SecurityContext context)) {
            throw refused(SECURITY_CONTEXT, value);
        }
        if (context.getAuthentication() == null) {
            return null;
        }
        if (context.getAuthentication().getPrincipal() instanceof PortalUser user) {
            return user;
        }
        throw refused(SECURITY_CONTEXT, context.getAuthentication().getPrincipal());
    }

    private static Flash flashOf(Object value) {
        if (!(value instanceof FlashMap map)) {
            throw refused(FLASH_MAPS, value);
        }
        Map<String, String> notices = new LinkedHashMap<>();
        map.forEach((key, notice) -> {
            if (!(notice instanceof String text)) {
                throw refused(FLASH_MAPS + "[" + key + "]", notice);
            }
            notices.put(key, text);
        });
        return new Flash(map.getTargetRequestPath(), Map.copyOf(map.getTargetRequestParams()), map.getExpirationTime(),
                notices);
    }

    private static FlashMap flashMapOf(Flash flash) {
        var map = new FlashMap();
        map.setTargetRequestPath(flash.targetPath());
        if (flash.targetParameters() != null) {
            map.addTargetRequestParams(new LinkedMultiValueMap<>(flash.targetParameters()));
        }
        map.setExpirationTime(flash.expiresAtMillis());
        if (flash.notices() != null) {
            map.putAll(flash.notices());
        }
        return map;
    }

    private static IllegalStateException refused(String attribute, Object value) {
        return new IllegalStateException("Session attribute " + attribute + " holds a "
                + (value == null ? "null" : value.getClass().getName())
                + ", which the stored session has no field for: add one to StoredSession");
    }
}
