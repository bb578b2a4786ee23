package io.examday.harness.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One frame in the merged call tree: identical stacks share a path from the root, so a node's {@code total} is
 * the samples that passed through it and {@code self} those that ended in it.
 */
final class FlameNode {

    final String name;
    final int depth;
    long total;
    long self;
    private final Map<String, FlameNode> children = new HashMap<>();

    FlameNode(String name, int depth) {
        this.name = name;
        this.depth = depth;
    }

    FlameNode child(String childName) {
        return children.computeIfAbsent(childName, n -> new FlameNode(n, depth + 1));
    }

    /** Children, largest first (the layout's order: the widest boxes sit leftmost). */
    List<FlameNode> children() {
        List<FlameNode> sorted = new ArrayList<>(children.values());
        sorted.sort(Comparator.comparingLong((FlameNode n) -> n.total).reversed().thenComparing(n -> n.name));
        return sorted;
    }

    /** The merged call tree of these samples, root named "all"; stacks that lost their root side hang under a marker of their own. */
    static FlameNode of(List<StackSample> samples, FrameNames frames) {
        FlameNode root = new FlameNode("all", 0);
        for (StackSample s : samples) {
            root.total++;
            FlameNode node = s.truncated() ? root.child("(stack truncated at its root side)") : root;
            if (s.truncated()) {
                node.total++;
            }
            for (int i = s.frames().length - 1; i >= 0; i--) {
                node = node.child(frames.name(s.frames()[i]));
                node.total++;
            }
            node.self++;
        }
        return root;
    }
}
