package io.examday.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * with an ETag (the same hash) and Last-Modified, so a browser that asks again anyway gets a 304. In the start storm
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
                .setEtagGenerator(resource -> hashes.computeIfAbsent(resource, contentHash::getResourceVersion))
                .resourceChain(true) // resolved resources and their versioned URLs are cached in memory
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
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
