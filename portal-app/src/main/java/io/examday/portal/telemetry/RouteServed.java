package io.examday.portal.telemetry;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One HTTP request, from the outermost filter to its end, as a flight-recorder event: the CPU profile attributes
 * each execution sample to the request whose span on the same thread holds it. Costs next to nothing when no
 * recording is on. No stack trace: the span's thread and times are what is read, and a stack walk per request
 * would cost more than the event.
 */
@Name(RouteServed.NAME)
@Label("Route served")
@Category("Examday")
@Description("An HTTP request by method and route template, begun and committed around the filter chain")
@StackTrace(false)
public class RouteServed extends jdk.jfr.Event {

    public static final String NAME = "io.examday.RouteServed";

    @Label("Method")
    String method;

    @Label("Route")
    @Description("The route template (HandlerMapping's best matching pattern), UNKNOWN when no handler matched")
    String route;
}
