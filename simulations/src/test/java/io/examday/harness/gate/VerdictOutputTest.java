package io.examday.harness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.threshold.Window;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class VerdictOutputTest {

    @TempDir
    Path run;

    private final Verdict verdict = new Verdict(Outcome.FAIL, "FAIL: cache <missed> & more", "peak-1", "peak", "release",
            Instant.parse("2026-11-28T09:00:00Z"), Instant.parse("2026-11-28T10:00:00Z"),
            new Verdict.Figures(1000, 1000, 60_000, 120.0, "full-load"),
            List.of(
                    Check.judged("latency.p95", "p95 response time", Role.THRESHOLD, Window.FULL_LOAD, Compare.BELOW,
                            Unit.MILLIS, 300, 120, null),
                    Check.judged("cache.hit-rate", "Cache hit rate", Role.THRESHOLD, Window.FULL_LOAD, Compare.ABOVE,
                            Unit.SHARE, 0.85, 0.80, null),
                    Check.unmeasured("cpu.peak-60s", "Portal CPU", Role.THRESHOLD, Window.WHOLE_RUN, "below 80%", "no samples"),
                    Check.note("regression.p95", "p95 against the baseline", Window.FULL_LOAD, "at most 20% worse",
                            "no baseline", "none yet")));

    @Test
    void junitXmlHasOneTestcasePerCheckWithFailuresForMissedOnes() throws Exception {
        Document xml = parse(JunitXml.write(verdict, run));

        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element cache = (Element) cases.item(1);
        assertThat(cache.getAttribute("name")).isEqualTo("cache.hit-rate: Cache hit rate");
        Element failure = (Element) cache.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("target above 85.0%").contains("measured 80.0%");
        assertThat(((Element) cases.item(2)).getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
        assertThat(suite.getTextContent()).contains("FAIL: cache <missed> & more");
    }

    @Test
    void verdictJsonCarriesTheOutcomeAndEveryCheckWithTargetAndMeasuredValue() throws IOException {
        VerdictFiles.write(verdict, run);

        String json = Files.readString(run.resolve("verdict.json"));
        assertThat(json).contains("\"verdict\" : \"FAIL\"").contains("\"target\" : \"above 85.0%\"")
                .contains("\"measuredValue\" : 0.8").contains("\"window\" : \"full-load\"");
        Verdict read = VerdictFiles.read(run).orElseThrow();
        assertThat(read).isEqualTo(verdict);
    }

    @Test
    void tableOnStdoutListsEveryCheckWithItsResultAndTheSummary() {
        String table = VerdictTable.render(verdict);

        assertThat(table).contains("threshold").contains("Cache hit rate").contains("80.0%").contains("FAIL")
                .contains("INCONCLUSIVE Portal CPU: no samples").endsWith("FAIL: cache <missed> & more\n");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
    }
}
