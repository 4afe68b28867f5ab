package io.partnercarts.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Debian's Chromium, headless, one page per run: the DOM after the page's scripts ran, or a screenshot,
 * and the script errors the page logged. Every run gets a fresh profile and no network of its own.
 */
final class HeadlessChromium {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Chromium logs console messages as {@code ...:CONSOLE:line] "text", source: url (line)}. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]\\d+\\)?\\] \"(.*)\", source: (.*)$");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000");

    private final Path binary;
    private final Path profiles;

    /** What a page showed: its visible text and the script errors it logged. */
    record Page(String text, List<String> scriptErrors) {
    }

    private HeadlessChromium(Path binary, Path profiles) {
        this.binary = binary;
        this.profiles = profiles;
    }

    /** Chromium from the PATH, or nothing when it is not installed. */
    static Optional<HeadlessChromium> find(Path profiles) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(":"))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(binary -> new HeadlessChromium(binary, profiles));
    }

    Page open(URI page, int width, int height) {
        ExternalCommand run = run(page, width, height, "--dump-dom");
        return new Page(Jsoup.parse(run.stdout()).body().text(), scriptErrors(run.stderr()));
    }

    List<String> screenshot(URI page, int width, int height, Path png) {
        ExternalCommand run = run(page, width, height, "--screenshot=" + png);
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot " + png + ":\n" + run.stderr());
        }
        return scriptErrors(run.stderr());
    }

    private ExternalCommand run(URI page, int width, int height, String output) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + freshProfile());
        command.add("--window-size=" + width + "," + height);
        command.add(output);
        command.add(page.toString());
        ExternalCommand run = ExternalCommand.run(command, TIMEOUT);
        if (run.exitCode() != 0) {
            throw new AssertionError("Chromium exited with " + run.exitCode() + ":\n" + run.stderr());
        }
        return run;
    }

    private Path freshProfile() {
        try {
            return Files.createTempDirectory(profiles, "chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uncaught exceptions and resources that failed to load; other console output is not an error. */
    static List<String> scriptErrors(String log) {
        List<String> errors = new ArrayList<>();
        for (String line : log.lines().toList()) {
            Matcher console = CONSOLE.matcher(line);
            if (console.find() && (console.group(1).startsWith("Uncaught")
                    || console.group(1).startsWith("Failed to load resource"))) {
                errors.add(console.group(1) + " (" + console.group(2) + ")");
            }
        }
        return errors;
    }
}
