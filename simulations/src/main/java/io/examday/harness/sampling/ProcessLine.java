package io.examday.harness.sampling;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of {@code server/processes.jsonl}: the CPU the load machine spent between two samples, by process class,
 * in clock ticks. {@code used.get("portal") / capacity} is the portal's share of all cores over the interval.
 *
 * @param from      epoch milliseconds of the previous sample
 * @param at        epoch milliseconds of this one
 * @param cores     the machine's cores
 * @param capacity  ticks all cores had between the samples, busy or idle
 * @param machine   ticks the machine was busy (everything but idle and iowait)
 * @param used      ticks per {@link ProcessClass} word: user + system time of the processes of that class
 * @param processes how many processes of each class were seen
 * @param portal    how the portal was found, or why it was not
 */
public record ProcessLine(long from, long at, int cores, long capacity, long machine, Map<String, Long> used,
                          Map<String, Integer> processes, String portal) {

    public ProcessLine {
        // Sorted, so every line of the file reads in the same order.
        used = Collections.unmodifiableMap(new TreeMap<>(used));
        processes = Collections.unmodifiableMap(new TreeMap<>(processes));
    }
}
