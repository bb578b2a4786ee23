package io.examday.harness.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}, as far as the judge side reads it; the load side may add fields.
 *
 * @param gatlingExitStatus how the Gatling run ended (load-run adds it once mvn returns); absent when nobody recorded it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunDescription(
        String runId,
        String scenario,
        String scenarioFile,
        String target,
        String metricsUrl,
        Instant startedAt,
        Instant endedAt,
        Double timeCompression,
        Expected expected,
        List<Phase> phases,
        Stretch fullLoad,
        Map<String, Object> injector,
        Map<String, Object> machine,
        String rehearsal,
        Routes routes,
        Integer gatlingExitStatus) {

    public RunDescription {
        phases = phases == null ? List.of() : List.copyOf(phases);
        injector = injector == null ? Map.of() : injector;
        machine = machine == null ? Map.of() : machine;
    }

    /**
     * What the scenario promised to deliver.
     *
     * @param attackGuesses the wrong-code guesses of the scenario's attack, beside and not among {@code requests};
     *                      absent without an attack (and in runs recorded before attacks were)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(long candidates, long peakConcurrentCandidates, long requests, double middleRequestsPerSecond,
                           Long attackGuesses) {

        public boolean plansAttack() {
            return attackGuesses != null && attackGuesses > 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phase(String name, Instant from, Instant to) {}

    /**
     * The request names (route templates) the harness knows: {@code known} every one its endpoint classes define,
     * {@code sent} those this scenario's journeys can send. Absent in runs recorded before it was written.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Routes(List<String> sent, List<String> known) {

        public Routes {
            sent = sent == null ? List.of() : List.copyOf(sent);
            known = known == null ? List.of() : List.copyOf(known);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stretch(Instant from, Instant to) {}
}
