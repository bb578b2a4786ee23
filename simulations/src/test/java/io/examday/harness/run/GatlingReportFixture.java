package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes {@code gatling/index.html} with the statistics table as Gatling 3.15 lays it out (trimmed to what is read). */
final class GatlingReportFixture {

    /** One row: executions, and the 95th percentile and the mean in whole milliseconds as Gatling prints them. */
    record Row(long total, long ok, long ko, double p95Ms, double meanMs) {}

    private GatlingReportFixture() {}

    static void write(Path runDir, Row all, Map<String, Row> requests) throws IOException {
        StringBuilder html = new StringBuilder("""
                <html><body><table id="container_statistics_head"><thead><tr>
                <th rowspan="2" id="col-1" class="header sortable sorted-up"><span>Requests</span></th></tr><tr>
                <th id="col-2" class="header sortable"><span>Total</span></th>
                <th id="col-3" class="header sortable"><span>OK</span></th>
                <th id="col-4" class="header sortable"><span>KO</span></th>
                <th id="col-5" class="header sortable"><span>% KO</span></th>
                <th id="col-6" class="header sortable"><span><abbr title="Count of events per second">Cnt/s</abbr></span></th>
                <th id="col-10" class="header sortable"><span>95th pct</span></th>
                <th id="col-13" class="header sortable"><span>Mean</span></th>
                </tr></thead><tbody>
                """);
        row(html, "ROOT", "", "All Requests", all);
        html.append("</tbody></table><table id=\"container_statistics_body\"><tbody>");
        int i = 0;
        for (Map.Entry<String, Row> request : requests.entrySet()) {
            row(html, "req_" + i++, " data-parent=\"ROOT\"", request.getKey().replace("&", "&amp;"), request.getValue());
        }
        html.append("</tbody></table></body></html>\n");
        Files.createDirectories(runDir.resolve("gatling"));
        Files.writeString(runDir.resolve("gatling/index.html"), html);
    }

    private static void row(StringBuilder html, String id, String parent, String name, Row r) {
        html.append("<tr id=\"").append(id).append("\"").append(parent).append(" >\n<td class=\"total col-1\">")
                .append("<span id=\"stats-table-").append(id).append("\" class=\"ellipsed-name\">").append(name)
                .append("</span></td>\n")
                .append(cell("total", 2, Long.toString(r.total()))).append(cell("ok", 3, Long.toString(r.ok())))
                .append(cell("ko", 4, Long.toString(r.ko()))).append(cell("ko", 5, "0"))
                .append(cell("total", 6, "100.0"))
                .append(cell("total", 10, r.total() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.p95Ms())))
                .append(cell("total", 13, r.total() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.meanMs())))
                .append("</tr>");
    }

    private static String cell(String kind, int column, String value) {
        return "  <td class=\"value " + kind + " col-" + column + "\">" + value + "</td>\n";
    }
}
