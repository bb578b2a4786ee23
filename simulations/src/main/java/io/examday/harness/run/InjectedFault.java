package io.examday.harness.run;

import java.util.OptionalLong;

/**
 * One fault as the chaos or zero-downtime script injected it ({@code server/faults.jsonl}), instants in epoch milliseconds.
 *
 * @param kind        a {@link io.examday.harness.scenario.FaultKind}'s word
 * @param plannedAt   when the scenario placed it
 * @param injectedAt  when the script stopped or killed the process (an instance: began taking it out of rotation)
 * @param downTo      when the process it restarted was back (its readiness line; the portal: started again; an
 *                    instance: its health UP)
 * @param recoveredAt when the portal (an instance: back in Nginx's rotation) first answered its health check UP and
 *                    a candidate's sign-in and exam list, absent when it never did within the script's wait
 */
public record InjectedFault(String kind, long plannedAt, long injectedAt, long downTo, OptionalLong recoveredAt) {

    /** Injection to recovery, in milliseconds; absent when it never recovered. */
    public OptionalLong recoveryMillis() {
        return recoveredAt.isPresent() ? OptionalLong.of(recoveredAt.getAsLong() - injectedAt) : OptionalLong.empty();
    }
}
