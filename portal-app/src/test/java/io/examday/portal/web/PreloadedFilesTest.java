package io.examday.portal.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.DigestUtils;

import java.io.InputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The versioned files are answered by the filter itself: the security chain and the dispatcher behind it never run. */
class PreloadedFilesTest {

    private final PreloadedFiles files = new PreloadedFiles(StaticResources.FOLDERS,
            new StaticResourceProperties(Duration.ofDays(365)));

    @Test
    void aVersionedFileIsAnsweredWithoutPassingItOn() throws Exception {
        String hash = md5("/static/js/attempt.js");
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        files.doFilter(new MockHttpServletRequest("GET", "/js/attempt-" + hash + ".js"), response, chain);

        assertThat(chain.getRequest()).as("nothing behind the filter ran").isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(bytes("/static/js/attempt.js"));
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + hash + "\"");
    }

    @Test
    void aMatchingETagIsNotModified() throws Exception {
        String hash = md5("/static/css/portal.css");
        var request = new MockHttpServletRequest("GET", "/css/portal-" + hash + ".css");
        request.addHeader("If-None-Match", "\"" + hash + "\"");
        var response = new MockHttpServletResponse();

        files.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anUnknownVersionOrAnUnversionedNameGoesOn() throws Exception {
        for (String uri : new String[] {"/js/attempt-00000000000000000000000000000000.js", "/js/attempt.js"}) {
            var chain = new MockFilterChain();

            files.doFilter(new MockHttpServletRequest("GET", uri), new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(uri).isNotNull();
        }
    }

    private static String md5(String path) throws Exception {
        return DigestUtils.md5DigestAsHex(bytes(path));
    }

    private static byte[] bytes(String path) throws Exception {
        try (InputStream in = PreloadedFilesTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
