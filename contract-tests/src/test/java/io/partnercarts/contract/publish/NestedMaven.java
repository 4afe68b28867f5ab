package io.partnercarts.contract.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Maven that runs this build ({@code maven.home}), batch mode, its output in a log file. */
final class NestedMaven {
    private final Path logDir;

    NestedMaven(Path logDir) {
        this.logDir = logDir;
    }

    /** Runs {@code mvn -B -ntp args} in {@code dir}; fails with the log's end unless it exits 0 in time. */
    void run(String name, Path dir, Duration timeout, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "-B", "-ntp"));
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        Files.createDirectories(logDir);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(name + ": no result within " + timeout + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(name + ": exit " + process.exitValue() + ", " + command + tail(log));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        System.out.printf(
                "%s: %d s (log %s)%n",
                name, Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
    }

    private static String executable() {
        String home = System.getProperty("maven.home", "");
        if (!home.isBlank() && !home.contains("${")) {
            Path mvn = Path.of(home, "bin", "mvn");
            if (Files.isExecutable(mvn)) {
                return mvn.toString();
            }
        }
        return "mvn";
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return System.lineSeparator() + "... end of " + log + ":" + System.lineSeparator()
                + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
