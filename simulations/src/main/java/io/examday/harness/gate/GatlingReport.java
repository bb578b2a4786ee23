package io.examday.harness.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatling's own whole-run statistics, read from the statistics table of its HTML report ({@code gatling/index.html}
 * in the run folder): Gatling OSS 3.15 writes no machine-readable statistics any more, and its console prints
 * per-request figures only for the thresholds it asserts. The table's columns are found by their headings.
 */
final class GatlingReport {

    static final String FILE = "gatling/index.html";
    /** The row Gatling names "All Requests". */
    static final String ALL = "ROOT";

    /** One row of the table: executions and the 95th percentile over all of them (ms), when Gatling gave one. */
    record Row(String name, long total, long ok, long ko, OptionalDouble p95Ms, OptionalDouble meanMs) {}

    /** @param requests per request name, in the table's order */
    record Statistics(Row all, Map<String, Row> requests) {}

    private static final Pattern HEADING = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)<");
    private static final Pattern ROW = Pattern.compile("<tr id=\"(ROOT|req_[^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value \\w+ col-(\\d+)\">([^<]*)</td>");

    private GatlingReport() {}

    /** Empty when the run folder holds no Gatling report, or one whose table does not read. */
    static Optional<Statistics> read(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        return Files.exists(file) ? parse(Files.readString(file)) : Optional.empty();
    }

    static Optional<Statistics> parse(String html) {
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            columns.putIfAbsent(heading.group(2).strip(), heading.group(1));
        }
        if (!columns.keySet().containsAll(List.of("Total", "OK", "KO", "95th pct"))) {
            return Optional.empty();
        }
        Row all = null;
        Map<String, Row> requests = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(cell.group(1), cell.group(2).strip());
            }
            Optional<Long> total = count(cells.get(columns.get("Total")));
            if (!name.find() || total.isEmpty()) {
                return Optional.empty();
            }
            Row read = new Row(unescape(name.group(1).strip()), total.get(), count(cells.get(columns.get("OK"))).orElse(0L),
                    count(cells.get(columns.get("KO"))).orElse(0L), millis(cells.get(columns.get("95th pct"))),
                    millis(cells.get(columns.get("Mean"))));
            if (row.group(1).equals(ALL)) {
                all = read;
            } else {
                requests.put(read.name(), read);
            }
        }
        return all == null ? Optional.empty() : Optional.of(new Statistics(all, requests));
    }

    /** Gatling writes "-" where it has no figure. */
    private static Optional<Long> count(String cell) {
        return cell == null || !cell.matches("\\d+") ? Optional.empty() : Optional.of(Long.parseLong(cell));
    }

    private static OptionalDouble millis(String cell) {
        return cell == null || !cell.matches("\\d+(\\.\\d+)?") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
