package io.partnercarts.contract.publish;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx serving a directory as a Maven repository over WebDAV: anyone may read, only the one user of
 * its generated htpasswd file may upload. Everything it writes stays under its prefix directory, and it
 * is stopped on {@link #close()} or, failing that, when the JVM exits.
 */
final class NginxMavenRepository implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    /** Starts on a new port when the one found free was taken before nginx bound it. */
    private static final int START_ATTEMPTS = 5;

    private final Path prefix;
    private final Process process;
    private final URI uri;
    private final Thread shutdownHook;

    private NginxMavenRepository(Path prefix, Process process, URI uri) {
        this.prefix = prefix;
        this.process = process;
        this.uri = uri;
        this.shutdownHook = new Thread(this::stop, "nginx-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts nginx on a free loopback port, with {@code user:password} allowed to upload.
     *
     * <p>The port is found free and then closed before nginx binds it, so another process may take it in
     * between. nginx then fails with "Address already in use", and this starts it again on another port, up
     * to {@link #START_ATTEMPTS} times. Whether nginx itself is listening is told by its pid file, which it
     * writes only after it has bound its port, not by a connection that some other process could accept.
     */
    static NginxMavenRepository start(Path prefix, String user, String password) throws IOException {
        Files.createDirectories(prefix.resolve("repository"));
        Files.createDirectories(prefix.resolve("temp"));
        Files.writeString(prefix.resolve("htpasswd"), user + ":" + ssha(password) + "\n");
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Files.writeString(prefix.resolve("nginx.conf"), config(prefix, port));
            Files.deleteIfExists(prefix.resolve("nginx.pid"));
            Files.deleteIfExists(prefix.resolve("error.log"));
            Process process = new ProcessBuilder(command(prefix, "-g", "daemon off;"))
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("nginx.out").toFile())
                    .start();
            NginxMavenRepository repository =
                    new NginxMavenRepository(prefix, process, URI.create("http://127.0.0.1:" + port + "/"));
            try {
                repository.awaitListening(port);
                return repository;
            } catch (PortTaken taken) {
                repository.close();
                if (attempt >= START_ATTEMPTS) {
                    throw new IOException("nginx found no free port in " + START_ATTEMPTS + " attempts", taken);
                }
            }
        }
    }

    /** nginx could not bind the port it was given: another process took it after {@link #freePort()}. */
    private static final class PortTaken extends IOException {
        PortTaken(String message) {
            super(message);
        }
    }

    /** The root URL; each directory under it is a repository, for example {@code uri() + "snapshots/"}. */
    URI uri() {
        return uri;
    }

    /** The directory that is served: what has been uploaded, as files. */
    Path root() {
        return prefix.resolve("repository");
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
            new ProcessBuilder(command(prefix, "-s", "stop"))
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("nginx-stop.out").toFile())
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until nginx has bound {@code port} (its pid file is written after that) and accepts on it. */
    private void awaitListening(int port) throws IOException {
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

    private static List<String> command(Path prefix, String... extra) {
        List<String> command = new ArrayList<>(List.of(
                executable(),
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
    static String executable() {
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

    private static String config(Path prefix, int port) {
        Path temp = prefix.resolve("temp");
        // Run as root (as CI does), nginx's workers would otherwise be "nobody", who cannot write here.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/client_body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  client_max_body_size 0;
                  default_type application/octet-stream;
                  server {
                    listen 127.0.0.1:%3$d;
                    root %1$s/repository;
                    location / {
                      autoindex on;
                      dav_methods PUT MKCOL;
                      create_full_put_path on;
                      dav_access user:rw group:r all:r;
                      limit_except GET HEAD {
                        auth_basic "partner-carts repository";
                        auth_basic_user_file %1$s/htpasswd;
                      }
                    }
                  }
                }
                """.formatted(prefix, temp, port);
    }

    /** An htpasswd entry nginx understands without any tool: salted SHA-1. */
    private static String ssha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            sha1.update(salt);
            byte[] digest = sha1.digest();
            byte[] digestAndSalt = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, digestAndSalt, 0, digest.length);
            System.arraycopy(salt, 0, digestAndSalt, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(digestAndSalt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
