package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.Series;
import io.examday.harness.run.ServerHistory;
import java.util.List;

/**
 * Whether the portal's database made each commit durable before the portal acknowledged it. A run against one that
 * did not (synchronous_commit off, or fsync off) measured a cheaper database than a real exam may use, and one that
 * could lose acknowledged answers in a crash: its figures prove nothing for a durable deployment, so it is
 * inconclusive, and the report says why.
 */
final class CommitDurabilityCheck {

    static final String ID = "durability.commits";
    static final String METRIC = "examday_database_commits_durable";
    private static final String NAME = "Commits durable before they are acknowledged";
    private static final String TARGET = "synchronous_commit not off, fsync on";

    private CommitDurabilityCheck() {}

    static Check check(Run run) {
        ServerHistory server = run.server();
        List<Integer> columns = server.columns(s -> s.name().equals(METRIC));
        // The last scrape that carries it; of several instances, each must report durable commits.
        for (int row = server.size() - 1; row >= 0; row--) {
            Integer notDurable = null;
            Integer reported = null;
            for (int column : columns) {
                double durable = server.value(row, column);
                if (!Double.isNaN(durable)) {
                    reported = column;
                    if (durable != 1.0 && notDurable == null) {
                        notDurable = column;
                    }
                }
            }
            if (reported != null) {
                return notDurable != null ? judged(server.series(notDurable), false) : judged(server.series(reported), true);
            }
        }
        return Check.note(ID, NAME, null, TARGET, "not reported",
                "the portal's scrapes carry no " + METRIC + " (a portal older than this harness?)");
    }

    private static Check judged(Series series, boolean durable) {
        String measured = "synchronous_commit=" + series.label("synchronous_commit") + ", fsync=" + series.label("fsync");
        return new Check(ID, NAME, Role.MEASUREMENT, null, TARGET, measured, null, null,
                durable ? Status.PASS : Status.INCONCLUSIVE,
                durable ? null : "NOT DURABLE: an acknowledged answer could vanish in a crash, and the database did "
                        + "less work than a durable one would; no proof for a real exam", null);
    }
}
