package io.examday.portal.exam;

import io.examday.portal.PortalClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts a page's form as a browser would: with the CSRF token the page rendered. */
public final class PageForm {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "examday-test-boundary";

    private final PortalClient client;
    private final String csrf;

    private PageForm(PortalClient client, String csrf) {
        this.client = client;
        this.csrf = csrf;
    }

    /** Reads the CSRF token from {@code page}, which must render a form. */
    public static PageForm from(PortalClient client, String page) {
        var answer = client.get(page);
        assertThat(answer.status()).as(page).isEqualTo(200);
        var token = CSRF.matcher(answer.body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return new PageForm(client, token.group(1));
    }

    /** The same token, posted by {@code other}: a form sent without the cookies of the client that opened it. */
    public PageForm postedBy(PortalClient other) {
        return new PageForm(other, csrf);
    }

    public PortalClient.Answer post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /** A multipart form with one uploaded file, as the import page sends it. */
    public PortalClient.Answer upload(String path, String fileName, String content, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        all.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(content).append("\r\n")
                .append("--").append(BOUNDARY).append("--\r\n");
        return client.send("POST", path, "multipart/form-data; boundary=" + BOUNDARY, body.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
