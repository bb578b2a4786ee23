package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlameGraphSvgTest {

    private final FrameNames frames = new FrameNames();

    @Test
    void identicalStacksMergeAndAChildIsAsWideAsItsShareOfItsParent() {
        List<StackSample> samples = new ArrayList<>();
        samples.addAll(copies(3, "a.Main.run", "a.Work.big"));
        samples.addAll(copies(1, "a.Main.run", "a.Work.small"));

        List<FlameGraphSvg.Box> boxes = FlameGraphSvg.layout(FlameNode.of(samples, frames), 0, 100);

        assertThat(boxes).extracting(b -> b.node().name).containsExactly("all", "a.Main.run", "a.Work.big", "a.Work.small");
        assertThat(boxes.get(2).width()).isEqualTo(FlameGraphSvg.WIDTH * 0.75);
        assertThat(boxes.get(3).x()).isEqualTo(FlameGraphSvg.WIDTH * 0.75);
        assertThat(boxes.get(2).node().self).isEqualTo(3);
    }

    @Test
    void framesUnderTheMinimumShareAreDroppedAndTheBoxCountIsCapped() {
        List<StackSample> samples = new ArrayList<>(copies(999, "a.Main.run", "a.Work.big"));
        samples.addAll(copies(1, "a.Main.run", "a.Work.rare"));

        FlameNode root = FlameNode.of(samples, frames);

        assertThat(FlameGraphSvg.render(root, 0.002, 100)).contains("a.Work.big").doesNotContain("a.Work.rare");
        assertThat(FlameGraphSvg.layout(root, 0, 100)).extracting(b -> b.node().name).contains("a.Work.rare");
        assertThat(FlameGraphSvg.layout(root, 0, 2)).extracting(b -> b.node().name).containsExactly("all", "a.Main.run");
    }

    @Test
    void truncatedStacksHangUnderAMarkerNotUnderTheRoot() {
        List<StackSample> samples = List.of(new StackSample(0, 1, "t", new int[] {frames.id("a.Deep.leaf")}, true));

        FlameNode root = FlameNode.of(samples, frames);

        assertThat(root.children()).extracting(n -> n.name).containsExactly("(stack truncated at its root side)");
        assertThat(root.children().getFirst().children()).extracting(n -> n.name).containsExactly("a.Deep.leaf");
    }

    /** Samples of one stack, given root first. */
    private List<StackSample> copies(int n, String... rootFirst) {
        int[] leafFirst = new int[rootFirst.length];
        for (int i = 0; i < rootFirst.length; i++) {
            leafFirst[rootFirst.length - 1 - i] = frames.id(rootFirst[i]);
        }
        List<StackSample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StackSample(i, 1, "t", leafFirst, false));
        }
        return out;
    }
}
