package io.examday.harness.profile;

import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The portal's request event as the harness reads it: same name, same fields (the harness reads by name). */
@Name("io.examday.RouteServed")
@StackTrace(false)
class RouteServedLike extends jdk.jfr.Event {
    String method;
    String route;
}
