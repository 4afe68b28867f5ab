package io.partnercarts.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol: one browser with a fresh profile and
 * no network of its own, one tab per page. A page reports what it shows (its visible text, once it
 * stopped changing) and every script error: uncaught exceptions, console.error calls and browser log
 * errors such as resources that failed to load.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--remote-debugging-port=0");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofMillis(300);

    private final Process process;
    private final DevToolsConnection devTools;
    /** Script errors by the session id of the tab they happened in. */
    private final Map<String, List<String>> errors = new ConcurrentHashMap<>();

    /** What a page showed: its visible text and the script errors it logged. */
    record Page(String text, List<String> scriptErrors) {
    }

    private HeadlessChromium(Process process, URI endpoint) {
        this.process = process;
        this.devTools = DevToolsConnection.open(endpoint, this::onEvent);
    }

    /** Chromium from the PATH, or nothing when it is not installed. */
    static Optional<Path> find() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(":"))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static HeadlessChromium start(Path binary, Path profile) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                    .start();
            return new HeadlessChromium(process, endpoint(process, profile.resolve("DevToolsActivePort")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + binary, e);
        }
    }

    /** Chromium writes its port and browser path into the profile once it listens. */
    private static URI endpoint(Process process, Path activePort) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " at start");
            }
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            }
            pause(Duration.ofMillis(50));
        }
        throw new IllegalStateException("Chromium did not open its DevTools port within " + START_TIMEOUT);
    }

    Page open(URI page, int width, int height) {
        return inTab(page, width, height, session -> new Page(visibleText(session), errorsOf(session)));
    }

    /**
     * Opens the page, waits until it has rendered, then runs {@code script} in it (an expression whose
     * value, or the value of the promise it gives, is a string) and answers that string.
     */
    String run(URI page, int width, int height, String script) {
        return inTab(page, width, height, session -> {
            visibleText(session);
            JsonNode value = devTools.send(session, "Runtime.evaluate", DevToolsConnection.params()
                    .put("expression", script).put("returnByValue", true).put("awaitPromise", true))
                    .path("result").path("value");
            if (!value.isTextual()) {
                throw new AssertionError("The script gave no string: " + value);
            }
            return value.asText();
        });
    }

    /** Saves a PNG of the first {@code width x height} pixels and answers the page's script errors. */
    List<String> screenshot(URI page, int width, int height, Path png) {
        return inTab(page, width, height, session -> {
            visibleText(session);
            JsonNode shot = devTools.send(session, "Page.captureScreenshot", DevToolsConnection.params()
                    .put("format", "png"));
            try {
                Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return errorsOf(session);
        });
    }

    private <T> T inTab(URI page, int width, int height, Function<String, T> use) {
        String target = devTools.send(null, "Target.createTarget", DevToolsConnection.params().put("url", "about:blank"))
                .get("targetId").asText();
        try {
            String session = devTools.send(null, "Target.attachToTarget", DevToolsConnection.params()
                    .put("targetId", target).put("flatten", true)).get("sessionId").asText();
            errors.put(session, new CopyOnWriteArrayList<>());
            for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable")) {
                devTools.send(session, domain, DevToolsConnection.params());
            }
            devTools.send(session, "Emulation.setDeviceMetricsOverride", DevToolsConnection.params()
                    .put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
            JsonNode navigation = devTools.send(session, "Page.navigate", DevToolsConnection.params()
                    .put("url", page.toString()));
            if (navigation.hasNonNull("errorText")) {
                throw new AssertionError("Chromium could not load " + page + ": " + navigation.get("errorText").asText());
            }
            return use.apply(session);
        } finally {
            devTools.send(null, "Target.closeTarget", DevToolsConnection.params().put("targetId", target));
        }
    }

    /** The page's visible text once the document has loaded and the text has stopped changing. */
    private String visibleText(String session) {
        Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
        String previous = null;
        while (Instant.now().isBefore(deadline)) {
            String text = evaluate(session, "document.readyState === 'complete' ? document.body.innerText : null");
            if (text != null && text.equals(previous)) {
                return text;
            }
            previous = text;
            pause(SETTLE);
        }
        throw new AssertionError("The page did not settle within " + RENDER_TIMEOUT);
    }

    private String evaluate(String session, String expression) {
        JsonNode value = devTools.send(session, "Runtime.evaluate", DevToolsConnection.params()
                .put("expression", expression).put("returnByValue", true)).path("result").path("value");
        return value.isTextual() ? value.asText() : null;
    }

    private List<String> errorsOf(String session) {
        return List.copyOf(errors.getOrDefault(session, List.of()));
    }

    private void onEvent(JsonNode event) {
        List<String> sink = errors.get(event.path("sessionId").asText());
        if (sink == null) {
            return;
        }
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
            case "Runtime.exceptionThrown" -> {
                JsonNode details = params.path("exceptionDetails");
                sink.add(details.path("exception").path("description").asText(details.path("text").asText())
                        + " (" + details.path("url").asText() + ")");
            }
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    sink.add("console.error: " + params.path("args").path(0).path("value").asText(
                            params.path("args").path(0).path("description").asText()));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText())) {
                    sink.add(entry.path("text").asText() + " (" + entry.path("url").asText() + ")");
                }
            }
            default -> {
                // Other events do not matter here.
            }
        }
    }

    @Override
    public void close() {
        try {
            devTools.send(null, "Browser.close", DevToolsConnection.params());
        } catch (IllegalStateException ignored) {
            // The browser may close the socket before it answers.
        } finally {
            devTools.close();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
