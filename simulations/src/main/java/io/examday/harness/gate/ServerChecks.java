package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.Locale;

/**
 * What the portal reported about itself, always as counter growth between the first and last scrape of the
 * window; a single gauge reading says nothing about a whole window.
 */
final class ServerChecks {

    private ServerChecks() {}

    static String tooFew(int scrapes) {
        return String.format(Locale.ROOT, "%d server scrape%s in the window; differences need two", scrapes, scrapes == 1 ? "" : "s");
    }
}
