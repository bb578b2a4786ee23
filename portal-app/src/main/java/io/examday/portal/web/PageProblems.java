package io.examday.portal.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on every {@link PortalPage} controller's pages, as the error page with the problem's own words. */
@ControllerAdvice(annotations = PortalPage.class)
class PageProblems {

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem, HandlerMethod page) {
        return ErrorPage.of(problem.status(), problem.getMessage(), back(page));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badAddress(TypeMismatchException e, HandlerMethod page) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The address has an invalid " + e.getPropertyName() + ".",
                back(page));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingValue(MissingServletRequestParameterException e, HandlerMethod page) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The form has no " + e.getParameterName() + ".", back(page));
    }

    /** Two changes at the same moment, such as one username imported twice: the later one's unique key refuses it. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e, HandlerMethod page) {
        return ErrorPage.of(HttpStatus.CONFLICT,
                "That conflicts with a change saved at the same time; nothing was changed. Reload and try again.",
                back(page));
    }

    private static String back(HandlerMethod page) {
        PortalPage pages = AnnotatedElementUtils.findMergedAnnotation(page.getBeanType(), PortalPage.class);
        return pages == null ? "/" : pages.back();
    }
}
