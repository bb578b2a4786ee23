package io.examday.harness.profile;

import static io.examday.harness.report.Html.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The call tree as an inline SVG, root at the top (an icicle: the widest frames are read first): each box's width
 * is its share of all samples, its tooltip the frame's full name, samples and share. Frames under
 * {@code minShare} of all samples are dropped, and at most {@code maxBoxes} are drawn, so the page stays small.
 */
final class FlameGraphSvg {

    static final int WIDTH = 1180;
    static final int ROW = 17;
    private static final double CHAR_WIDTH = 6.6;

    private FlameGraphSvg() {}

    record Box(FlameNode node, double x, double width) {}

    /** The boxes to draw, parents before children; a child is drawn only when its parent is. */
    static List<Box> layout(FlameNode root, double minShare, int maxBoxes) {
        List<Box> boxes = new ArrayList<>();
        if (root.total == 0) {
            return boxes;
        }
        double minSamples = Math.max(1, minShare * root.total);
        Deque<Box> queue = new ArrayDeque<>();
        queue.add(new Box(root, 0, WIDTH));
        // Breadth first: when the cap bites it drops the deepest frames, never a parent of a drawn box.
        while (!queue.isEmpty() && boxes.size() < maxBoxes) {
            Box box = queue.poll();
            boxes.add(box);
            double x = box.x();
            for (FlameNode child : box.node().children()) {
                double width = box.width() * child.total / box.node().total;
                if (child.total >= minSamples) {
                    queue.add(new Box(child, x, width));
                }
                x += width;
            }
        }
        return boxes;
    }

    static String render(FlameNode root, double minShare, int maxBoxes) {
        List<Box> boxes = layout(root, minShare, maxBoxes);
        int depth = boxes.stream().mapToInt(b -> b.node().depth).max().orElse(0) + 1;
        StringBuilder svg = new StringBuilder(boxes.size() * 220);
        svg.append("<svg class=\"flame\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(depth * ROW).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(depth * ROW).append("\" font-size=\"11\" font-family=\"monospace\">");
        for (Box b : boxes) {
            FlameNode n = b.node();
            double share = 100.0 * n.total / root.total;
            svg.append("<g><title>").append(text(n.name)).append(String.format(Locale.ROOT,
                    " — %,d samples (%.2f %%), %,d in the method itself", n.total, share, n.self))
                    .append("</title><rect x=\"").append(fmt(b.x())).append("\" y=\"").append(n.depth * ROW)
                    .append("\" width=\"").append(fmt(Math.max(0.5, b.width() - 0.5))).append("\" height=\"").append(ROW - 1)
                    .append("\" fill=\"").append(colour(n.name)).append("\"/>");
            String label = label(n.name, b.width());
            if (!label.isEmpty()) {
                svg.append("<text x=\"").append(fmt(b.x() + 3)).append("\" y=\"").append(n.depth * ROW + 12).append("\">")
                        .append(text(label)).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The short name (class without package, method) cut to the box; nothing when under four characters fit. */
    private static String label(String name, double width) {
        int fits = (int) ((width - 6) / CHAR_WIDTH);
        if (fits < 4) {
            return "";
        }
        String simple = TypeNames.simple(name);
        return simple.length() <= fits ? simple : simple.substring(0, fits - 1) + "…";
    }

    /** The portal's own code blue, the JDK's grey-green, everything else (Spring, Tomcat, drivers) warm; shade by name so neighbours differ. */
    private static String colour(String name) {
        int shade = Math.floorMod(name.hashCode(), 40);
        if (name.startsWith(TopMethods.OWN_CODE)) {
            return "hsl(210,70%," + (62 + shade / 4) + "%)";
        }
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return "hsl(" + (90 + shade) + ",35%,66%)";
        }
        return "hsl(" + (10 + shade) + ",85%," + (60 + shade / 8) + "%)";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
