package io.examday.harness.endpoint;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every request name the harness has a route for: the route constants of the endpoint classes. The gate tells a
 * budget for a route nobody sends (renamed?) from one for a route this scenario happens not to send by this list.
 */
public final class KnownRoutes {

    private static final List<Class<?>> ENDPOINTS = List.of(SessionRoutes.class, CandidateExamRoutes.class,
            AttemptRoutes.class, PageRoutes.class, ProctorRoutes.class, AuthorRoutes.class);

    private KnownRoutes() {}

    public static SortedSet<String> all() {
        SortedSet<String> routes = new TreeSet<>();
        for (Class<?> endpoint : ENDPOINTS) {
            routes.addAll(of(endpoint));
        }
        return routes;
    }

    /** The public static final String constants of one endpoint class: its route templates. */
    static SortedSet<String> of(Class<?> endpoint) {
        SortedSet<String> routes = new TreeSet<>();
        for (Field field : endpoint.getFields()) {
            int m = field.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                try {
                    routes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + endpoint.getSimpleName() + "." + field.getName(), e);
                }
            }
        }
        return routes;
    }
}
