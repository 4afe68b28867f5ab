package io.partnercarts.contract.processes;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server-stub's runnable jar, started as a user starts it, on a free port, with whatever flags and
 * environment variables the test adds (for example {@code --database-url} or
 * {@code PARTNER_CARTS_DATABASE_PASSWORD}). Everything it prints goes to one file.
 */
public final class ServerJarProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("partner-carts listening on (http://\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI baseUri;

    private ServerJarProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** The jar with its defaults (the in-memory store) on a free port. */
    public static ServerJarProcess start(Path jar, Path output) throws IOException, InterruptedException {
        return start(jar, output, List.of(), Map.of());
    }

    /**
     * The jar on a free port with {@code arguments} after {@code --port 0}, and {@code environment} added to
     * this JVM's; returns once it says where it listens, or fails with what it printed.
     */
    public static ServerJarProcess start(Path jar, Path output, List<String> arguments, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No server jar at " + jar + ": build server-stub first (mvn -am)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--port",
                "0"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    return new ServerJarProcess(process, URI.create(listening.group(1)));
                }
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        List<String> printed = Files.readAllLines(output, StandardCharsets.UTF_8);
        throw new IllegalStateException("The server did not say where it listens; it printed " + printed);
    }

    /** The API root, {@code http://127.0.0.1:PORT/v1}. */
    public URI baseUri() {
        return baseUri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * {@code kill -9}: the process gets no chance to finish anything (on Linux {@link Process#destroyForcibly()}
     * sends SIGKILL); returns once it is gone.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server (pid " + process.pid() + ") survived SIGKILL for 10 s");
        }
    }

    /** Stops it the way a user's Ctrl-C or a deploy does (SIGTERM), forcibly if it does not stop in 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
