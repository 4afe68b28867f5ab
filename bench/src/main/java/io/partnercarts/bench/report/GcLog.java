package io.partnercarts.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a JVM's unified GC log ({@code -Xlog:gc:file=...}, uptime decorations), each with the
 * heap in use after it: {@code [12.345s][info][gc] GC(7) Pause Young (Allocation Failure) 120M->30M(256M) 4.1ms}.
 */
final class GcLog {
    private static final Pattern PAUSE = Pattern.compile(
            "^\\[(\\d+(?:\\.\\d+)?)s].*\\bPause (\\w+).*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** A pause at {@code uptimeSeconds}; full is a whole-heap collection (forced or not). */
    record Pause(double uptimeSeconds, boolean full, double afterMegabytes, double heapMegabytes) {}

    private GcLog() {}

    static List<Pause> read(Path log) throws IOException {
        return Files.readAllLines(log).stream()
                .map(GcLog::parse)
                .flatMap(Optional::stream)
                .toList();
    }

    static Optional<Pause> parse(String line) {
        Matcher m = PAUSE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Pause(
                Double.parseDouble(m.group(1)),
                m.group(2).toLowerCase(Locale.ROOT).equals("full"),
                megabytes(m.group(5), m.group(6)),
                megabytes(m.group(7), m.group(8))));
    }

    private static double megabytes(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}
