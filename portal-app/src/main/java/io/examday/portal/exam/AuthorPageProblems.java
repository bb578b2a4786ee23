package io.examday.portal.exam;

import io.examday.portal.web.ErrorPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals the author pages do not show in place (an unknown exam, a bad address) as a readable error page. */
@ControllerAdvice(assignableTypes = {AuthorExamPages.class, QuestionPages.class, BankPages.class})
public class AuthorPageProblems {

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem) {
        return ErrorPage.of(problem.status(), problem.getMessage(), "/author");
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badAddress(Exception e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The address or form is missing a value or has an invalid one.",
                "/author");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e) {
        return ErrorPage.of(HttpStatus.CONFLICT,
                "That conflicts with a change saved at the same time. Reload and try again.", "/author");
    }
}
