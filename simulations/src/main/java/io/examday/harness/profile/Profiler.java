package io.examday.harness.profile;

import io.examday.harness.run.RunDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns a run folder's flight recording (server/portal.jfr) into profile.html beside the run's report. */
public final class Profiler {

    public static final String RECORDING = "server/portal.jfr";
    public static final String FILE = "profile.html";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private Profiler() {}

    /** Writes RUNDIR/profile.html and answers the console summary. */
    public static String write(Path runDir) throws IOException {
        Path jfr = runDir.resolve(RECORDING);
        if (!Files.isRegularFile(jfr)) {
            throw new IllegalArgumentException("no flight recording at " + jfr + " (simulations/bin/profile makes one)");
        }
        Profile profile = Profile.of(runDir, description(runDir), RecordingReader.read(jfr));
        String style = resource("io/examday/harness/report/report.css") + resource("io/examday/harness/profile/profile.css");
        Files.writeString(runDir.resolve(FILE), ProfilePage.render(profile, style));
        return ConsoleSummary.of(profile) + "Profile: " + runDir.resolve(FILE) + "\n";
    }

    /** run.json when the folder has a readable one: the profile then covers the scenario's load (else it says which stretch it covers). */
    private static Optional<RunDescription> description(Path runDir) {
        Path file = runDir.resolve("run.json");
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), RunDescription.class)) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Profiler.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
