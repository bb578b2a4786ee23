package io.examday.portal.web;

import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's handler mapping finds the controller method for a path with variables and refuses a wrong method, reading
 * the request's method and its parsed path once a lookup.
 */
@PortalIntegrationTest
class MethodOnceHandlerMappingTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aSaveIsFoundWithTheMethodReadOnceNotOncePerMapping() throws Exception {
        var request = new MethodReads("PUT", "/api/attempts/7/answers/9");

        var handler = (HandlerMethod) mappings.getHandler(request).getHandler();

        assertThat(handler.getMethod().getName()).isEqualTo("save");
        assertThat(handler.getBeanType().getSimpleName()).isEqualTo("AttemptController");
        // Spring's own mapping reads it at least once for each mapping it checks: 166 times here (checked 2026-12-07).
        assertThat(request.reads).as("reads of the request method").isLessThanOrEqualTo(3);
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(40);
    }

    @Test
    void aPageReadIsFoundWithTheParsedPathReadOnceNotOncePerMapping() throws Exception {
        var request = new MethodReads("GET", "/api/attempts/7/pages/2");

        var handler = (HandlerMethod) mappings.getHandler(request).getHandler();

        assertThat(handler.getMethod().getName()).isEqualTo("page");
        // Spring's own mapping reads it for each mapping whose method matches: 39 times here (checked 2026-12-07).
        assertThat(request.pathReads).as("reads of the parsed path").isLessThanOrEqualTo(3);
    }

    @Test
    void aWrongMethodOnARouteWithAPathVariableIsStillRefused() {
        assertThatThrownBy(() -> mappings.getHandler(new MethodReads("DELETE", "/api/attempts/7/pages/2")))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }

    /** A request that counts how often its method and parsed path are asked for, parsed as the DispatcherServlet does. */
    private static final class MethodReads extends MockHttpServletRequest {

        int reads;
        int pathReads;

        MethodReads(String method, String path) {
            super(method, path);
            ServletRequestPathUtils.parseAndCache(this);
        }

        @Override
        public String getMethod() {
            reads++;
            return super.getMethod();
        }

        @Override
        public Object getAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                pathReads++;
            }
            return super.getAttribute(name);
        }
    }
}
