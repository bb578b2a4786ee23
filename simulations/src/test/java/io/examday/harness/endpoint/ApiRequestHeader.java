package io.examday.harness.endpoint;

/**
 * The header the portal's API asks of a change sent without a JSON body (API.md, its second defence against
 * cross-site request forgery): a start or a submit has no body, so it carries this instead.
 */
public final class ApiRequestHeader {

    public static final String NAME = "X-Examday-Request";
    public static final String VALUE = "1";

    private ApiRequestHeader() {}
}
