package io.examday.portal.attempt;

import io.examday.portal.grading.ResultPage;
import io.examday.portal.web.ErrorPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the candidate's pages as a readable page with the problem's own words, never a stack trace. */
@ControllerAdvice(assignableTypes = {CandidatePages.class, ResultPage.class})
public class CandidatePageProblems {

    @ExceptionHandler(PortalProblem.class)
    ModelAndView refused(PortalProblem problem) {
        return ErrorPage.of(problem.status(), problem.getMessage(), "/exams");
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badAddress(TypeMismatchException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The address has an invalid " + e.getPropertyName() + ".",
                "/exams");
    }
}
