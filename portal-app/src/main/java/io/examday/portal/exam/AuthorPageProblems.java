package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** Refusals the author pages do not show in place (an unknown exam, a bad address) as a readable error page. */
@ControllerAdvice(assignableTypes = {AuthorExamPages.class, QuestionPages.class, BankPages.class})
public class AuthorPageProblems {

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem) {
        return page(problem.status(), problem.getMessage());
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badAddress(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "The address or form is missing a value or has an invalid one.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e) {
        return page(HttpStatus.CONFLICT, "That conflicts with a change saved at the same time. Reload and try again.");
    }

    private static ModelAndView page(HttpStatus status, String problem) {
        var page = new ModelAndView("error", Map.of("status", status.value(), "problem", problem, "back", "/author"));
        page.setStatus(status);
        return page;
    }
}
