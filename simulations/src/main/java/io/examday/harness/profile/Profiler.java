package io.examday.harness.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a run folder's flight recording (server/portal.jfr) into profile.html beside the run's report. */
public final class Profiler {

    public static final String RECORDING = "server/portal.jfr";
    public static final String FILE = "profile.html";

    private Profiler() {}

    /** Writes RUNDIR/profile.html and answers the console summary. */
    public static String write(Path runDir) throws IOException {
        Path jfr = runDir.resolve(RECORDING);
        if (!Files.isRegularFile(jfr)) {
            throw new IllegalArgumentException("no flight recording at " + jfr + " (simulations/bin/profile makes one)");
        }
        Profile profile = Profile.of(runDir, RecordingReader.read(jfr));
        String style = resource("io/examday/harness/report/report.css") + resource("io/examday/harness/profile/profile.css");
        Files.writeString(runDir.resolve(FILE), ProfilePage.render(profile, style));
        return ConsoleSummary.of(profile) + "Profile: " + runDir.resolve(FILE) + "\n";
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
