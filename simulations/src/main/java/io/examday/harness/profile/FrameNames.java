package io.examday.harness.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * Frames as small ids named {@code class.method} (lines ignored, so one method is one frame however many lines
 * were sampled). The parser hands out one object per distinct stack of a chunk (seen: 35 objects for 239 samples of
 * one loop), so an identity cache of stacks saves naming every frame of every sample.
 */
final class FrameNames {

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<RecordedStackTrace, int[]> stacks = new IdentityHashMap<>();

    int id(String name) {
        return ids.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    /** Ids run from 0 to size() - 1. */
    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    /** The stack's frames, leaf first. */
    int[] frames(RecordedStackTrace stack) {
        return stacks.computeIfAbsent(stack, s -> {
            List<RecordedFrame> frames = s.getFrames();
            int[] out = new int[frames.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = id(name(frames.get(i).getMethod()));
            }
            return out;
        });
    }

    private static String name(RecordedMethod method) {
        return method == null ? "(unknown)" : TypeNames.readable(method.getType().getName()) + "." + method.getName();
    }
}
