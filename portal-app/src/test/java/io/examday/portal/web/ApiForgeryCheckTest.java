package io.examday.portal.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ApiForgeryCheckTest {

    private final ApiForgeryCheck check = new ApiForgeryCheck(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void jsonContentTypesPassWithoutTheHeader() throws Exception {
        assertThat(passes(request("PUT", "/api/attempts/7/answers/3", "application/json"))).isTrue();
        assertThat(passes(request("POST", "/api/session", "application/json; charset=UTF-8"))).isTrue();
        assertThat(passes(request("POST", "/api/session", "application/merge-patch+json"))).isTrue();
    }

    @Test
    void otherContentTypesOrNoneAreRefusedWithoutTheHeader() throws Exception {
        assertThat(passes(request("POST", "/api/attempts/7/submit", "text/plain"))).isFalse();
        assertThat(passes(request("POST", "/api/attempts/7/submit", "application/jsonp"))).isFalse();
        assertThat(passes(request("POST", "/api/attempts/7/submit", "not a type"))).isFalse();
        assertThat(passes(request("DELETE", "/api/session", null))).isFalse();
        assertThat(passes(request("PATCH", "/api/exams/1", "multipart/form-data; boundary=x"))).isFalse();
    }

    @Test
    void theHeaderLetsAnyBodyThrough() throws Exception {
        var request = request("POST", "/api/banks/1/questions/import", "text/csv");
        request.addHeader(ApiForgeryCheck.HEADER, "1");

        assertThat(passes(request)).isTrue();
    }

    @Test
    void readsAndPagesAreNotChecked() throws Exception {
        assertThat(passes(request("GET", "/api/me/exams", null))).isTrue();
        assertThat(passes(request("POST", "/login", "application/x-www-form-urlencoded"))).isTrue();
    }

    @Test
    void aRefusalIsProblemJsonWithItsCode() throws Exception {
        var response = new MockHttpServletResponse();

        check.doFilter(request("POST", "/api/attempts/7/submit", "text/plain"), response, (req, res) -> {
        });

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"csrf-header-required\"");
    }

    private boolean passes(MockHttpServletRequest request) throws Exception {
        var passed = new AtomicBoolean();
        check.doFilter(request, new MockHttpServletResponse(), (req, res) -> passed.set(true));
        return passed.get();
    }

    /** The servlet path is what the container decoded; a mock request leaves it empty unless set. */
    private static MockHttpServletRequest request(String method, String path, String contentType) {
        var request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        return request;
    }
}
