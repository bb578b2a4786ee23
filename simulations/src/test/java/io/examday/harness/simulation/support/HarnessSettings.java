package io.examday.harness.simulation.support;

import io.examday.harness.scenario.Credentials;
import io.examday.harness.scenario.Scenario;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The system properties a simulation takes. Everything about the load itself comes from the scenario file; these
 * say where it goes and where it is written.
 *
 * <ul>
 *   <li>{@code scenario}: the scenario file (required)</li>
 *   <li>{@code target}: the portal, default {@code http://127.0.0.1:8080}; only loopback addresses are accepted,
 *       unless {@code remoteTarget} names the same host (a cluster run's portal, docker/k8s)</li>
 *   <li>{@code remoteTarget}: the one host other than loopback this run may load, said apart from the target so a
 *       typo in either sends no load anywhere</li>
 *   <li>{@code metricsUrl}: the portal's Prometheus endpoint, for run.json, default {@code http://127.0.0.1:8081/actuator/prometheus}</li>
 *   <li>{@code targetCertificate}: a PEM certificate the harness's own HTTP clients trust for an https target (the
 *       stack's self-signed one); without it, the JVM's default authorities</li>
 *   <li>{@code runDir}: the run folder, default {@code reports/<scenario>-<yyyyMMdd-HHmmss>} (UTC)</li>
 *   <li>{@code thresholds}: a threshold file, turned into Gatling assertions when given</li>
 *   <li>{@code seedSecret}: the seed secret; without it EXAMDAY_SEED_SECRET, else the scenario's
 *       {@code credentials.seedSecret}, else the portal's default. The seed's staff passwords derive from it.</li>
 *   <li>{@code machineSpeedMs}: the machine's speed as load-run measured it before this run's portal and injector
 *       started; without it the simulation measures it itself</li>
 *   <li>{@code injectors} and {@code injector}: a run split over that many injector JVMs, and which one this is
 *       (from 0; {@link InjectorSlice}); default one injector</li>
 * </ul>
 */
public record HarnessSettings(
        Path scenarioFile,
        URI target,
        String metricsUrl,
        Optional<Path> runDir,
        Optional<Path> thresholds,
        ProjectPaths paths,
        Properties overrides,
        Map<String, String> environment) {

    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public static HarnessSettings fromSystemProperties() {
        Properties p = System.getProperties();
        ProjectPaths paths = new ProjectPaths(Path.of(""));
        String scenario = p.getProperty("scenario");
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("-Dscenario=scenarios/<name>.yaml is required");
        }
        URI target = URI.create(p.getProperty("target", "http://127.0.0.1:8080"));
        requireAllowed(target, p.getProperty("remoteTarget", ""));
        return new HarnessSettings(paths.resolve(scenario), target,
                p.getProperty("metricsUrl", "http://127.0.0.1:8081/actuator/prometheus"),
                Optional.ofNullable(p.getProperty("runDir")).filter(s -> !s.isBlank()).map(paths::resolve),
                Optional.ofNullable(p.getProperty("thresholds")).filter(s -> !s.isBlank()).map(paths::resolve),
                paths, p, System.getenv());
    }

    /** What the harness's own HTTP clients trust: {@code targetCertificate}, else the JVM's default authorities. */
    public SSLContext tls() {
        String pem = overrides.getProperty("targetCertificate");
        return pem == null || pem.isBlank() ? TrustedCertificate.jvmDefault() : TrustedCertificate.trusting(paths.resolve(pem));
    }

    /** The run folder: as given, or a new one under {@code reports/} named after the scenario and the time. */
    public Path runFolder(Scenario scenario) {
        return runDir.orElseGet(() -> paths.root().resolve("reports")
                .resolve(scenario.name() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(RUN_STAMP)));
    }

    public Optional<Double> machineSpeedMs() {
        String given = overrides.getProperty("machineSpeedMs");
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(given));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-DmachineSpeedMs must be a number of milliseconds, not " + given);
        }
    }

    /** This JVM's part of the cohort: {@code -Dinjector=i -Dinjectors=n}, or the whole cohort. */
    public InjectorSlice slice() {
        int count = wholeNumber("injectors", 1);
        return new InjectorSlice(wholeNumber("injector", 0), count);
    }

    private int wholeNumber(String property, int otherwise) {
        String given = overrides.getProperty(property);
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number, not " + given);
        }
    }

    /** The secret the portal was seeded with, as load-run passes it on: see {@code seedSecret} above. */
    public Credentials credentials(Scenario scenario) {
        String secret = overrides.getProperty("seedSecret");
        if (secret == null || secret.isBlank()) {
            secret = Credentials.seedSecret(environment, scenario.credentials().seedSecret());
        }
        return new Credentials(secret);
    }

    public String seedSecret(Scenario scenario) {
        return credentials(scenario).seedSecret();
    }

    public String adminPassword(Scenario scenario) {
        return credentials(scenario).adminPassword();
    }

    public String proctorPassword(Scenario scenario) {
        return credentials(scenario).proctorPassword();
    }

    public String authorPassword(Scenario scenario) {
        return credentials(scenario).authorPassword();
    }

    /** The system properties above, by name: what a launcher (load-run, a cluster pod) may pass. */
    public static final Set<String> PROPERTIES = Set.of("scenario", "target", "remoteTarget",
            "metricsUrl", "runDir", "thresholds", "seedSecret", "machineSpeedMs", "injectors", "injector", "targetCertificate");

    /**
     * Load goes to this machine, or to the one other host the run names twice ({@code remoteTarget}): a harness
     * pointed elsewhere by a typo must not start.
     */
    public static void requireAllowed(URI target, String remoteTarget) {
        if (target.getHost() == null) {
            throw new IllegalArgumentException("target " + target + " names no host");
        }
        if (!remoteTarget.isBlank()) {
            if (!target.getHost().equalsIgnoreCase(remoteTarget.strip())) {
                throw new IllegalArgumentException("target " + target + " is not the host remoteTarget allows ("
                        + remoteTarget.strip() + "); no load is sent to a host named only once");
            }
            return;
        }
        String refused = "target " + target + " is not a loopback address; load only goes to 127.0.0.1 unless"
                + " EXAMDAY_REMOTE_TARGET (-DremoteTarget) names the target's host too";
        try {
            if (!InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(refused);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(refused + " (and the host is unknown here)", e);
        }
    }
}
