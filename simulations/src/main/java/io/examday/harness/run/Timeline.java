package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code client/timeline.csv}: one row a second from the recorder. */
public record Timeline(List<Row> rows) {

    /** CPU figures are shares (0..1) of the whole machine. */
    public record Row(long epochMillis, long activeUsers, long requests, long failures, double injectorCpu, double systemCpu) {}

    public Timeline {
        rows = List.copyOf(rows);
    }

    public static Timeline read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
                continue; // the header, or a blank line
            }
            String[] cells = line.split(",");
            if (cells.length < 6) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 6 columns "
                        + "(epochMillis,activeUsers,requests,failures,injectorCpu,systemCpu), found " + cells.length);
            }
            try {
                rows.add(new Row(Long.parseLong(cells[0].strip()), Long.parseLong(cells[1].strip()),
                        Long.parseLong(cells[2].strip()), Long.parseLong(cells[3].strip()),
                        cpu(cells[4]), cpu(cells[5])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Timeline(rows);
    }

    /** A CPU the recorder could not read is written empty, NaN or negative; it counts as unknown, not as idle. */
    private static double cpu(String cell) {
        String text = cell.strip();
        double share = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        return share < 0 ? Double.NaN : share;
    }

    public List<Row> within(Span span) {
        return rows.stream().filter(r -> span.contains(r.epochMillis())).toList();
    }

    /** The machine's CPU (shares of all cores): mean and peak over the seconds that know it. */
    public record MachineCpu(double mean, double peak) {}

    public Optional<MachineCpu> machineCpu() {
        List<Double> known = rows.stream().map(Row::systemCpu).filter(c -> !Double.isNaN(c)).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MachineCpu(known.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                known.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    }

    public long peakActiveUsers() {
        return rows.stream().mapToLong(Row::activeUsers).max().orElse(0);
    }
}
