package io.partnercarts.contract.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prints {@link HostileTally#summaryLine()} once, when the test run ends, to standard output and to
 * {@code target/hostile-input-summary.txt} ({@code -Dhostile.summaryFile} elsewhere). A run that sent no
 * hostile request prints nothing. Registered in {@code META-INF/services}.
 */
public final class HostileSummary implements LauncherSessionListener {
    static final String FILE_PROPERTY = "hostile.summaryFile";

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (HostileTally.requests() == 0) {
            return;
        }
        String summary = HostileTally.summaryLine();
        System.out.println(summary);
        HostileTally.hung().forEach(what -> System.out.println("hostile-input: hang: " + what));
        HostileRun.notSentNote().ifPresent(System.out::println);
        write(summary);
    }

    /** Writes the line to the file; says so on standard error if it cannot (the run is over, nothing to fail). */
    private static void write(String summary) {
        String configured = System.getProperty(FILE_PROPERTY, "");
        Path file = Path.of(configured.isBlank() ? "target/hostile-input-summary.txt" : configured);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, summary + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("hostile-input: cannot write " + file + ": " + e);
        }
    }
}
