package io.examday.harness.profile;

import static io.examday.harness.report.Html.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * CPU ms per request minute by minute, one line per busiest route, as a small inline SVG. A minute with fewer than
 * {@link #MIN_REQUESTS} requests of a route is left out of its line: there a sample or two swings the figure.
 */
final class RouteCpuChart {

    static final int MIN_REQUESTS = 10;
    private static final int WIDTH = 1180;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    static final String[] COLOURS = {"#1a56b0", "#b3261e", "#1b7f3b", "#a15c00", "#6b3fa0", "#00838f", "#5d4037", "#c2185b"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private RouteCpuChart() {}

    /** The routes drawn, in {@link #COLOURS} order: the ones with most CPU samples. */
    static List<RouteTotal> drawn(RouteCpu cpu) {
        return cpu.routes().stream().filter(r -> r.samples() > 0).limit(COLOURS.length).toList();
    }

    static String render(RouteCpu cpu) {
        List<RouteTotal> routes = drawn(cpu);
        TreeSet<Long> minutes = new TreeSet<>();
        cpu.minutes().forEach(m -> minutes.add(m.minuteStartMillis()));
        double max = cpu.minutes().stream().filter(RouteCpuChart::drawable)
                .filter(m -> routes.stream().anyMatch(r -> r.route().equals(m.route())))
                .map(m -> cpu.cpuMsPerRequest(m.samples(), m.requests())).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max().orElse(0);
        if (routes.isEmpty() || minutes.isEmpty() || max == 0) {
            return "<p class=\"note\">No CPU samples inside requests, or no sampling period: nothing to chart.</p>";
        }
        double top = niceCeiling(max);
        long first = minutes.first();
        long span = Math.max(60_000, minutes.last() - first);
        StringBuilder svg = new StringBuilder("<svg class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" font-size=\"11\">");
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = y(v, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dde3\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>", LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, number(v)));
        }
        for (long m : minutes) {
            if (minutes.size() <= 20 || (m - first) / 60_000 % Math.ceil(minutes.size() / 20.0) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x(m, first, span), HEIGHT - 8, CLOCK.format(Instant.ofEpochMilli(m))));
            }
        }
        for (int i = 0; i < routes.size(); i++) {
            String route = routes.get(i).route();
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (RouteMinute m : cpu.minutes()) {
                OptionalDouble ms = cpu.cpuMsPerRequest(m.samples(), m.requests());
                if (m.route().equals(route) && drawable(m) && ms.isPresent()) {
                    double x = x(m.minuteStartMillis(), first, span);
                    double y = y(ms.getAsDouble(), top);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s UTC: %s ms CPU per request (%,d requests, %,d samples)</title></circle>",
                            x, y, COLOURS[i], text(route), CLOCK.format(Instant.ofEpochMilli(m.minuteStartMillis())),
                            number(ms.getAsDouble()), m.requests(), m.samples()));
                }
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(COLOURS[i]).append("\" points=\"")
                    .append(points.toString().strip()).append("\"/>").append(dots);
        }
        return svg.append("</svg>").toString();
    }

    private static boolean drawable(RouteMinute m) {
        return m.requests() >= MIN_REQUESTS;
    }

    private static double x(long minute, long first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) (minute - first) / span;
    }

    private static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    /** 1, 2 or 5 times a power of ten, at or above the value: round gridlines. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
