package io.examday.portal.telemetry;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Records the portal's own flight-recorder events in-process while some work runs, and reads them back. */
final class FlightRecording {

    private FlightRecording() {}

    static List<RecordedEvent> during(Runnable work) throws IOException {
        Path file = Files.createTempFile("portal-events", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable(RouteServed.NAME);
            recording.enable(SqlStatement.NAME);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
            return RecordingFile.readAllEvents(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).toList();
    }
}
