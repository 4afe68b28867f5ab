package io.partnercarts.contract.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server-stub's runnable jar, started as a user starts it, on a free port. */
final class ServerJarProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("partner-carts listening on (http://\\S+)");

    private final Process process;
    private final URI baseUri;

    private ServerJarProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    static ServerJarProcess start(Path jar, Path output) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No server jar at " + jar + ": build server-stub first (mvn -am)");
        }
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    return new ServerJarProcess(process, URI.create(listening.group(1)));
                }
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        List<String> printed = Files.readAllLines(output, StandardCharsets.UTF_8);
        throw new IllegalStateException("The server did not say where it listens; it printed " + printed);
    }

    /** The API root, {@code http://127.0.0.1:PORT/v1}. */
    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
