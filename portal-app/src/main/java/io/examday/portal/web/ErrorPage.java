package io.examday.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** The readable page a refused page request gets: its status, what went wrong, and where to go back to. */
final class ErrorPage {

    private ErrorPage() {
    }

    static ModelAndView of(HttpStatus status, String problem, String back) {
        var page = new ModelAndView("error", Map.of("status", status.value(), "problem", problem, "back", back));
        page.setStatus(status);
        return page;
    }
}
