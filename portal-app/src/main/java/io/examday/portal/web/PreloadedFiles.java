package io.examday.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers the content-versioned CSS and JavaScript URLs ({@code /js/attempt-<md5>.js}) from memory, ahead of Spring
 * Security, Spring Session and the dispatcher: in the 10k start storm a file cost about as much CPU as the lobby
 * API (flight recording, 2026-12-03), all of it in the layers a public, immutable file does not need. The names and
 * hashes are the ones {@link StaticResources}' version resolver puts into pages (an MD5 of the content), so the URLs
 * pages link are the URLs served here; any other file request goes on to that resolver as before. The answer
 * carries what the resource handler and the security chain gave it: a year's immutable caching, the hash as ETag
 * (a matching If-None-Match gets 304), the content type and the nosniff and frame headers.
 */
final class PreloadedFiles extends OncePerRequestFilter {

    private record File(byte[] content, String contentType, String etag, String route) {
    }

    private final Map<String, File> byVersionedPath;
    private final String cacheControl;

    PreloadedFiles(Map<String, String> folders, StaticResourceProperties properties) {
        this.byVersionedPath = load(folders);
        this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic().immutable().getHeaderValue();
    }

    /** Reads every file of each folder once, keyed by the path a page links: {@code /js/} + name-md5.ext. */
    private static Map<String, File> load(Map<String, String> folders) {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, File> files = new HashMap<>();
        folders.forEach((pattern, folder) -> {
            String prefix = pattern.substring(0, pattern.length() - "**".length());
            try {
                Resource[] found = resolver.getResources(folder + "*.*");
                if (found.length == 0) {
                    throw new IllegalStateException("no files found in " + folder + ": the pages would link nothing served");
                }
                for (Resource resource : found) {
                    String name = resource.getFilename();
                    byte[] content = resource.getContentAsByteArray();
                    String hash = DigestUtils.md5DigestAsHex(content);
                    int dot = name.lastIndexOf('.');
                    String versioned = prefix + name.substring(0, dot) + "-" + hash + name.substring(dot);
                    String type = MediaTypeFactory.getMediaType(name).map(Object::toString).orElse("application/octet-stream");
                    files.put(versioned, new File(content, type, "\"" + hash + "\"", pattern));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the portal's files in " + folder, e);
            }
        });
        return Map.copyOf(files);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || !byVersionedPath.containsKey(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        File file = byVersionedPath.get(request.getRequestURI());
        // The route the resource handler's mapping would have named, for http.server.requests and statements per route.
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, file.route());
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(file.route()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.ETAG, file.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), file.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(file.content());
        }
    }

    private static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
