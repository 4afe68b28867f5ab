package io.partnercarts.contract.processes;

import io.partnercarts.server.testsupport.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * nginx on a free loopback port, with a configuration generated for that port, run in the foreground as a
 * child of this JVM. Everything it writes stays under its prefix directory (its pid file, logs and
 * temporary files), and it is stopped on {@link #close()} or, failing that, when the JVM exits. What it
 * serves is the caller's: the {@code http} block's directives for the port it was given (one or more
 * {@code server} blocks listening on {@code 127.0.0.1:PORT}, plus whatever else they need).
 */
public final class Nginx implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    /** Starts on a new port when the one found free was taken before nginx bound it. */
    private static final int START_ATTEMPTS = 5;

    private final Path prefix;
    private final Process process;
    private final int port;
    private final Thread shutdownHook;

    private Nginx(Path prefix, Process process, int port) {
        this.prefix = prefix;
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "nginx-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts nginx on a free loopback port, serving what {@code http} answers for that port: the directives
     * of the {@code http} block (temporary paths, the pid file, the error and access logs are set here).
     *
     * <p>The port is found free and then closed before nginx binds it, so another process may take it in
     * between. nginx then fails with "Address already in use", and this starts it again on another port, up
     * to {@link #START_ATTEMPTS} times. Whether nginx itself is listening is told by its pid file, which it
     * writes only after it has bound its port, not by a connection that some other process could accept.
     */
    public static Nginx start(Path prefix, IntFunction<String> http) throws IOException {
        Files.createDirectories(prefix.resolve("temp"));
        String executable = executable();
        for (int attempt = 1; ; attempt++) {
            int port = FreePort.onLoopback();
            Files.writeString(prefix.resolve("nginx.conf"), config(prefix, http.apply(port)));
            Files.deleteIfExists(prefix.resolve("nginx.pid"));
            Files.deleteIfExists(prefix.resolve("error.log"));
            Process process = new ProcessBuilder(command(executable, prefix, "-g", "daemon off;"))
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("nginx.out").toFile())
                    .start();
            Nginx nginx = new Nginx(prefix, process, port);
            try {
                nginx.awaitListening();
                return nginx;
            } catch (PortTaken taken) {
                nginx.close();
                if (attempt >= START_ATTEMPTS) {
                    throw new IOException("nginx found no free port in " + START_ATTEMPTS + " attempts", taken);
                }
            }
        }
    }

    /** nginx could not bind the port it was given: another process took it after {@link #FreePort.onLoopback()}. */
    private static final class PortTaken extends IOException {
        PortTaken(String message) {
            super(message);
        }
    }

    /** The loopback port nginx listens on. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Its directory: configuration, pid file, logs ({@code access.log}, {@code error.log}), temporary files. */
    public Path prefix() {
        return prefix;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to do
        }
    }

    private synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder(command(executable(), prefix, "-s", "stop"))
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("nginx-stop.out").toFile())
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until nginx has bound its port (its pid file is written after that) and accepts on it. */
    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path pidFile = prefix.resolve("nginx.pid");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String log = log();
                if (log.contains("Address already in use")) {
                    throw new PortTaken("port " + port + " was taken before nginx bound it: " + log);
                }
                throw new IOException("nginx exited with " + process.exitValue() + ": " + log);
            }
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(process.pid()))) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    return;
                } catch (IOException notYet) {
                    // bound, not yet accepting
                }
            }
            sleep();
        }
        close();
        throw new IOException("nginx did not listen on port " + port + " within " + START_TIMEOUT + ": " + log());
    }

    private String log() throws IOException {
        StringBuilder log = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path file = prefix.resolve(name);
            if (Files.exists(file)) {
                log.append(System.lineSeparator()).append(Files.readString(file));
            }
        }
        return log.toString();
    }

    private static List<String> command(String executable, Path prefix, String... extra) {
        List<String> command = new ArrayList<>(List.of(
                executable,
                "-p",
                prefix + "/",
                "-c",
                prefix.resolve("nginx.conf").toString(),
                "-e",
                prefix.resolve("error.log").toString()));
        command.addAll(List.of(extra));
        return command;
    }

    /** nginx from the PATH, or where Debian puts it (outside a non-root user's PATH). */
    public static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "nginx"))) {
                return Path.of(dir, "nginx").toString();
            }
        }
        Path debian = Path.of("/usr/sbin/nginx");
        if (Files.isExecutable(debian)) {
            return debian.toString();
        }
        // A test that cannot run fails and says why, as ReferenceRendersInBrowserTest does without Chromium.
        throw new IllegalStateException("nginx is not on the PATH nor at " + debian + ", and this test needs it:"
                + " apt-get update && apt-get install -y nginx (.ci/run, the README's test command, installs it)");
    }

    private static String config(Path prefix, String http) {
        Path temp = prefix.resolve("temp");
        // Run as root (as CI does), nginx's workers would otherwise be "nobody", who cannot write here.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/client_body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                %3$s
                }
                """.formatted(prefix, temp, http.indent(2).stripTrailing());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
