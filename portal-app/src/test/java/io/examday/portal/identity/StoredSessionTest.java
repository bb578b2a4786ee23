package io.examday.portal.identity;

import io.examday.portal.sharedstate.JsonForm;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;
import org.springframework.web.servlet.FlashMap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session's stored form is its own JSON, so that instances of two builds read each other's sessions during a
 * rolling deploy: what one build adds, the other ignores; what one lacks, the other reads as empty.
 */
class StoredSessionTest {

    private static final JsonForm<StoredSession> FORM = JsonForm.of(StoredSession.class);
    private static final PortalUser ANN = new PortalUser(7, "ann", "Ann Example", Role.CANDIDATE);

    @Test
    void aSignedInSessionWithItsTokenAndNoticesReadsBackAsItWas() {
        MapSession session = new MapSession("s-1");
        session.setMaxInactiveInterval(Duration.ofHours(4));
        session.setAttribute(StoredSession.SECURITY_CONTEXT, new SecurityContextImpl(new PortalAuthentication(ANN)));
        session.setAttribute(StoredSession.CSRF_TOKEN, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t-1"));
        FlashMap notice = new FlashMap();
        notice.setTargetRequestPath("/author/exams/3");
        notice.addTargetRequestParam("tab", "questions");
        notice.setExpirationTime(1_900_000_000_000L);
        notice.put("notice", "12 questions imported.");
        session.setAttribute(StoredSession.FLASH_MAPS, new ArrayList<>(List.of(notice)));

        byte[] written = FORM.serialize(StoredSession.of(session));
        MapSession read = FORM.deserialize(written).toSession();

        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("io.examday", "java.", "org.springframework");
        assertThat(read.getId()).isEqualTo("s-1");
        assertThat(read.getCreationTime()).isEqualTo(session.getCreationTime());
        assertThat(read.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(4));
        SecurityContext context = read.getAttribute(StoredSession.SECURITY_CONTEXT);
        assertThat(context.getAuthentication().getPrincipal()).isEqualTo(ANN);
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CANDIDATE");
        CsrfToken token = read.getAttribute(StoredSession.CSRF_TOKEN);
        assertThat(token.getToken()).isEqualTo("t-1");
        assertThat(token.getParameterName()).isEqualTo("_csrf");
        List<FlashMap> flashes = read.getAttribute(StoredSession.FLASH_MAPS);
        assertThat(flashes).singleElement().satisfies(flash -> {
            assertThat(flash.get("notice")).isEqualTo("12 questions imported.");
            assertThat(flash.getTargetRequestPath()).isEqualTo("/author/exams/3");
            assertThat(flash.getTargetRequestParams().getFirst("tab")).isEqualTo("questions");
            assertThat(flash.getExpirationTime()).isEqualTo(1_900_000_000_000L);
        });
    }

    @Test
    void aSessionWrittenByABuildWithMoreFieldsIsReadAndTheExtraFieldsIgnored() {
        String newer = """
                {"id": "s-2", "createdAt": "2026-12-05T09:00:00Z", "lastAccessedAt": "2026-12-05T09:10:00Z",
                 "maxInactive": "PT4H", "device": "kiosk-12",
                 "user": {"id": 7, "username": "ann", "displayName": "Ann Example", "role": "CANDIDATE", "locale": "de"},
                 "csrf": {"headerName": "X-CSRF-TOKEN", "parameterName": "_csrf", "token": "t-2", "rotatedAt": 3}}""";

        MapSession read = FORM.deserialize(newer.getBytes(StandardCharsets.UTF_8)).toSession();

        assertThat(read.getLastAccessedTime()).isEqualTo(Instant.parse("2026-12-05T09:10:00Z"));
        SecurityContext context = read.getAttribute(StoredSession.SECURITY_CONTEXT);
        assertThat(context.getAuthentication().getPrincipal()).isEqualTo(ANN);
        assertThat(((CsrfToken) read.getAttribute(StoredSession.CSRF_TOKEN)).getToken()).isEqualTo("t-2");
    }

    @Test
    void aSessionWrittenByABuildWithFewerFieldsIsReadWithThemEmpty() {
        String older = """
                {"id": "s-3", "createdAt": "2026-12-05T09:00:00Z", "lastAccessedAt": "2026-12-05T09:10:00Z",
                 "maxInactive": "PT4H", "user": {"id": 7, "username": "ann", "role": "CANDIDATE"}}""";

        MapSession read = FORM.deserialize(older.getBytes(StandardCharsets.UTF_8)).toSession();

        SecurityContext context = read.getAttribute(StoredSession.SECURITY_CONTEXT);
        assertThat(context.getAuthentication().getName()).isEqualTo("ann");
        assertThat(((PortalUser) context.getAuthentication().getPrincipal()).displayName()).isNull();
        assertThat(read.getAttributeNames()).containsExactly(StoredSession.SECURITY_CONTEXT);
    }

    @Test
    void anAttributeTheStoredFormHasNoFieldForIsRefusedWhenWritten() {
        MapSession session = new MapSession("s-4");
        session.setAttribute("basket", List.of("a", "b"));

        assertThatThrownBy(() -> StoredSession.of(session))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Session attribute basket holds a java.util.")
                .hasMessageContaining("add one to StoredSession");
    }
}
