package io.examday.portal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of HTML pages: a refusal on one of its pages is answered by {@link PageProblems} as a readable
 * page that leads back to {@link #back()}, never a stack trace or problem JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PortalPage {

    /** Where the error page's link leads: the start page of the pages' users. */
    String back();
}
