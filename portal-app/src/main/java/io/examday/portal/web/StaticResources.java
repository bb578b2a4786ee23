package io.examday.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's CSS and JavaScript, served so a browser fetches each file once: pages link them under URLs that
 * carry a hash of their content ({@code /js/portal-<md5>.js}, rewritten from {@code @{/js/portal.js}} by
 * {@link ResourceUrlEncodingFilter}), answered with a long {@code Cache-Control: public, max-age, immutable}, and
 * with an ETag (the same hash), so a browser that asks again anyway gets a 304. In the start storm
 * 10,000 attempt pages open at once; each would otherwise fetch every file again.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    /** URL patterns, each with its folder: the part after the pattern is the file's path in that folder. */
    static final Map<String, String> FOLDERS = Map.of("/css/**", "classpath:/static/css/", "/js/**", "classpath:/static/js/");
    /** The URI prefixes of those patterns, e.g. {@code /js/}. */
    private static final List<String> PREFIXES = FOLDERS.keySet().stream()
            .map(pattern -> pattern.substring(0, pattern.length() - "**".length())).toList();

    /** A request for one of these files: no session, no place in the admission line. */
    static boolean isFile(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return PREFIXES.stream().anyMatch(uri::startsWith);
    }

    private final StaticResourceProperties properties;
    /** Content hashes by resolved resource: a handful of files, each hashed once, not on every conditional request. */
    private final Map<Resource, String> hashes = new ConcurrentHashMap<>();
    private final ContentVersionStrategy contentHash = new ContentVersionStrategy();

    StaticResources(StaticResourceProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        FOLDERS.forEach((pattern, folder) -> registry.addResourceHandler(pattern)
                .addResourceLocations(folder)
                .setCacheControl(CacheControl.maxAge(properties.maxAge()).cachePublic().immutable())
                // No Last-Modified: asking a file in the packaged jar for its date makes Spring try it as a file
                // first and throw (a FileNotFoundException with a full stack) on every request, ~180/s in the start
                // storm (flight recording, 2026-12-03). The ETag, the content's own hash, answers revalidation.
                .setUseLastModified(false)
                .setEtagGenerator(resource -> hashes.computeIfAbsent(resource, contentHash::getResourceVersion))
                .resourceChain(true) // resolved resources and their versioned URLs are cached in memory
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
    }

    /**
     * The versioned files from memory, after the telemetry and observation filters (a file is still counted and
     * timed under its route) and before the session, the security chain and the dispatcher.
     */
    @Bean
    FilterRegistrationBean<PreloadedFiles> preloadedFiles() {
        var registration = new FilterRegistrationBean<>(new PreloadedFiles(FOLDERS, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    /** Right after Spring Session's filter, which would otherwise hand the file's request a session read from Redis. */
    @Bean
    FilterRegistrationBean<SessionlessStaticResources> sessionlessStaticResources() {
        var registration = new FilterRegistrationBean<>(new SessionlessStaticResources());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /** Rewrites every {@code @{/css/..}} and {@code @{/js/..}} link of a rendered page to its versioned URL. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    }
}
