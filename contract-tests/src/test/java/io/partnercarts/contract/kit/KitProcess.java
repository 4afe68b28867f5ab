package io.partnercarts.contract.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The conformance kit's runnable jar ({@code -Dconformance.jar}, built by the conformance module), run as a user
 * runs it: {@code java -jar} in a folder of its own, with the test's arguments and environment variables.
 */
final class KitProcess {
    private static final Duration LIMIT = Duration.ofMinutes(4);

    private KitProcess() {}

    /** How a run ended: its exit status and what it printed. */
    record Run(int exitStatus, String out, String err, Path dir) {
        Path report(String name) {
            return dir.resolve("conformance-report").resolve(name);
        }

        @Override
        public String toString() {
            return "exit " + exitStatus + "\n--- standard output:\n" + out + "\n--- standard error:\n" + err;
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("conformance.jar", "")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No conformance kit jar at " + jar + ": build the conformance module first"
                    + " (mvn -pl conformance,contract-tests -am)");
        }
        return jar;
    }

    /** Runs the jar in {@code dir} (created, and emptied of an earlier report) and waits for it to end. */
    static Run run(Path dir, List<String> arguments, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(arguments);
        Path out = dir.resolve("kit.out");
        Path err = dir.resolve("kit.err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Only what the test gives: no CONFORMANCE_* of the machine running the build.
        builder.environment().keySet().removeIf(name -> name.startsWith("CONFORMANCE_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("The kit did not end within " + LIMIT + ": " + command);
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                dir);
    }
}
