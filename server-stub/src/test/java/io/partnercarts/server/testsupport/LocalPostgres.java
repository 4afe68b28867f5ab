package io.partnercarts.server.testsupport;

import io.partnercarts.server.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL for tests, so that the test command needs nothing set up by hand: Debian's server
 * binaries ({@code apt-get install postgresql}, which {@code .ci/run} installs where missing) run a new
 * cluster in a temporary directory on a free loopback port, tuned for speed (no fsync), stopped and deleted
 * when it is closed or the JVM exits. As root (CI, this project's machines) the server runs as the
 * {@code postgres} user through {@code runuser}: PostgreSQL refuses to run as root.
 *
 * <p>With {@value #DATABASE_URL_VARIABLE} set (and {@value #DATABASE_USER_VARIABLE},
 * {@value #DATABASE_PASSWORD_VARIABLE} unless the URL holds them) {@link #shared()} uses that database
 * instead and starts nothing.
 *
 * <p>Each test takes a {@link #newDatabase() database of its own}: a new, empty schema, named in the URL
 * ({@code currentSchema}), so that tests neither see each other's carts nor need to create databases.
 *
 * <p>Without binaries and without the variable it fails, in one line saying what to install: a test on
 * PostgreSQL is never skipped.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE_URL_VARIABLE = "PARTNER_CARTS_TEST_DATABASE_URL";
    public static final String DATABASE_USER_VARIABLE = "PARTNER_CARTS_TEST_DATABASE_USER";
    public static final String DATABASE_PASSWORD_VARIABLE = "PARTNER_CARTS_TEST_DATABASE_PASSWORD";

    private static final String SUPERUSER = "postgres";
    private static final String DIRECTORY_PREFIX = "partner-carts-pg";
    /** The file in a cluster's directory that holds the pid of the JVM that started it. */
    private static final String OWNER = "owner.pid";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 5;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private static LocalPostgres shared;

    private final String url;
    private final String user;
    private final String password;
    /** The running cluster; null when this is a database given by the environment. */
    private final Cluster cluster;

    private final List<String> schemas = new ArrayList<>();
    private boolean closed;

    private LocalPostgres(String url, String user, String password, Cluster cluster) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.cluster = cluster;
    }

    /**
     * The PostgreSQL of this JVM: the database named by {@value #DATABASE_URL_VARIABLE}, or a cluster started
     * on first use and stopped (and deleted) when the JVM exits.
     */
    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            String given = System.getenv(DATABASE_URL_VARIABLE);
            LocalPostgres postgres = given != null && !given.isBlank()
                    ? new LocalPostgres(
                            given,
                            System.getenv(DATABASE_USER_VARIABLE),
                            System.getenv(DATABASE_PASSWORD_VARIABLE),
                            null)
                    : start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "local-postgres-stop"));
            shared = postgres;
        }
        return shared;
    }

    /** Starts a cluster of its own (whatever the environment says), for a test that stops or breaks it. */
    public static LocalPostgres start() {
        Path binaries = binaries();
        Cluster cluster = Cluster.start(binaries);
        return new LocalPostgres(
                "jdbc:postgresql://127.0.0.1:" + cluster.port + "/postgres", SUPERUSER, cluster.password, cluster);
    }

    /** A new, empty schema of this PostgreSQL as a database of its own; dropped when this closes. */
    public synchronized Database newDatabase() {
        if (closed) {
            throw new IllegalStateException("This PostgreSQL was closed.");
        }
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " at " + url + ": " + e.getMessage(), e);
        }
        schemas.add(schema);
        return new Database(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, schema);
    }

    /** The administrator's URL (the database, not a schema of its own). */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Whether this started its own PostgreSQL (rather than using {@value #DATABASE_URL_VARIABLE}). */
    public boolean isOwnCluster() {
        return cluster != null;
    }

    /** The port of the cluster this started; empty for a database given by the environment. */
    public Optional<Integer> port() {
        return Optional.ofNullable(cluster).map(started -> started.port);
    }

    /** Stops the cluster this started and deletes it; a database given by the environment loses its test schemas. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (cluster != null) {
            cluster.stop();
            return;
        }
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            // Best effort: the schemas are only test leftovers.
        }
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        return connect(jdbcUrl, user, password);
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /**
     * One test's database: {@code url} names its own schema; {@code user} and {@code password} are null when
     * the URL holds them. Its {@link #toString} leaves the password out.
     */
    public record Database(String url, String user, String password, String schema) {

        /** {@code settings} keeping carts in this database. */
        public ServerSettings applyTo(ServerSettings settings) {
            return settings.withDatabaseUrl(url).withDatabaseUser(user).withDatabasePassword(password);
        }

        public Connection connect() throws SQLException {
            return LocalPostgres.connect(url, user, password);
        }

        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + "]";
        }
    }

    /** Where Debian's server binaries are: the highest /usr/lib/postgresql/N/bin, or {@code pg_config --bindir}. */
    static Path binaries() {
        return binaries(Paths.get("/usr/lib/postgresql"), pgConfigBinDir());
    }

    /** The binaries under {@code debian}'s highest version, else in {@code pgConfig}'s; failing in one line. */
    static Path binaries(Path debian, Optional<Path> pgConfig) {
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(version -> version.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path version) ->
                                        Double.parseDouble(version.getFileName().toString()))
                                .reversed())
                        .map(version -> version.resolve("bin"))
                        .forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        pgConfig.ifPresent(candidates::add);
        return candidates.stream()
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL server found (initdb and postgres, in"
                        + " " + debian + "/*/bin or pg_config --bindir): install it with `apt-get install"
                        + " postgresql`, or name a database to use in " + DATABASE_URL_VARIABLE + "."));
    }

    private static Optional<Path> pgConfigBinDir() {
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && !out.isEmpty() ? Optional.of(Paths.get(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A cluster this JVM initialised and runs. */
    private static final class Cluster {
        private final Path binaries;
        private final Path directory;
        private final Path data;
        private final Path log;
        private final String password;
        private final int port;
        private final Process server;

        private Cluster(Path binaries, Path directory, Path data, Path log, String password, int port, Process server) {
            this.binaries = binaries;
            this.directory = directory;
            this.data = data;
            this.log = log;
            this.password = password;
            this.port = port;
            this.server = server;
        }

        static Cluster start(Path binaries) {
            removeAbandoned(binaries);
            Path directory;
            try {
                directory = Files.createTempDirectory(DIRECTORY_PREFIX);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Path data = directory.resolve("data");
                Path log = directory.resolve("postgres.log");
                String password = "pw-" + UUID.randomUUID();
                Files.writeString(
                        directory.resolve(OWNER),
                        String.valueOf(ProcessHandle.current().pid()));
                Files.writeString(directory.resolve("password"), password + "\n");
                handToServerUser(directory);
                run(
                        directory,
                        binaries.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        SUPERUSER,
                        "--pwfile=" + directory.resolve("password"),
                        "--auth=scram-sha-256",
                        "--encoding=UTF8",
                        "--no-locale",
                        "--no-sync",
                        "--no-instructions");
                for (int attempt = 1; ; attempt++) {
                    int port = FreePort.onLoopback();
                    Optional<Process> server = startServer(binaries, directory, data, log, port, password);
                    if (server.isPresent()) {
                        return new Cluster(binaries, directory, data, log, password, port, server.get());
                    }
                    if (attempt == PORT_ATTEMPTS) {
                        throw new IllegalStateException("PostgreSQL found no free port in " + PORT_ATTEMPTS
                                + " attempts; its log: " + tail(log));
                    }
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(directory);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        /**
         * Stops and deletes the clusters of JVMs that were killed before they could (their owner process is
         * gone), so that an interrupted test run leaves no server behind for long.
         */
        private static void removeAbandoned(Path binaries) {
            Path temp = Paths.get(System.getProperty("java.io.tmpdir"));
            try (Stream<Path> directories = Files.list(temp)) {
                directories
                        .filter(directory -> directory.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                        .filter(directory -> isAbandoned(directory.resolve(OWNER)))
                        .forEach(directory -> {
                            if (Files.exists(directory.resolve("data/postmaster.pid"))) {
                                try {
                                    run(
                                            directory,
                                            binaries.resolve("pg_ctl").toString(),
                                            "stop",
                                            "-D",
                                            directory.resolve("data").toString(),
                                            "-m",
                                            "immediate",
                                            "-w");
                                } catch (RuntimeException e) {
                                    // Not running any more: only the files are left.
                                }
                            }
                            deleteQuietly(directory);
                        });
            } catch (IOException | UncheckedIOException e) {
                // Best effort: leftovers of other runs.
            }
        }

        private static boolean isAbandoned(Path owner) {
            try {
                long pid = Long.parseLong(Files.readString(owner).strip());
                return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
            } catch (IOException | NumberFormatException e) {
                return false; // being set up, or not one of ours
            }
        }

        /** The running server; empty when another process took the port first. */
        private static Optional<Process> startServer(
                Path binaries, Path directory, Path data, Path log, int port, String password) throws IOException {
            Files.deleteIfExists(log);
            List<String> command = asServerUser(List.of(
                    binaries.resolve("postgres").toString(),
                    "-D",
                    data.toString(),
                    "-p",
                    String.valueOf(port),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "unix_socket_directories=" + directory,
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                    "-c",
                    "max_connections=300",
                    "-c",
                    "shared_buffers=64MB"));
            Process server = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=2";
            while (true) {
                if (!server.isAlive()) {
                    String output = tail(log);
                    if (output.contains("Address already in use") || output.contains("could not bind")) {
                        return Optional.empty();
                    }
                    throw new IllegalStateException("PostgreSQL did not start: " + output);
                }
                try (Connection ignored = connect(url, SUPERUSER, password)) {
                    return Optional.of(server);
                } catch (SQLException notYet) {
                    if (System.nanoTime() > deadline) {
                        server.destroyForcibly();
                        throw new IllegalStateException(
                                "PostgreSQL did not accept connections within " + START_TIMEOUT + ": " + tail(log));
                    }
                }
                sleep(Duration.ofMillis(50));
            }
        }

        void stop() {
            try {
                if (server.isAlive()) {
                    run(
                            directory,
                            binaries.resolve("pg_ctl").toString(),
                            "stop",
                            "-D",
                            data.toString(),
                            "-m",
                            "immediate",
                            "-w");
                }
            } catch (RuntimeException e) {
                // Forced below.
            }
            server.destroyForcibly();
            try {
                server.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteQuietly(directory);
        }

        private static void run(Path directory, String... command) {
            try {
                Process process = new ProcessBuilder(asServerUser(List.of(command)))
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(Path.of(command[0]).getFileName() + " failed: "
                            + output.strip().replace('\n', ' '));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + command[0], e);
            }
        }

        /** The command run as the {@code postgres} user when this JVM is root, which PostgreSQL refuses to run as. */
        private static List<String> asServerUser(List<String> command) {
            if (!isRoot()) {
                return command;
            }
            List<String> asUser = new ArrayList<>(List.of("runuser", "-u", SUPERUSER, "--"));
            asUser.addAll(command);
            return asUser;
        }

        private static void handToServerUser(Path directory) throws IOException {
            if (!isRoot()) {
                return;
            }
            try {
                UserPrincipal serverUser = directory
                        .getFileSystem()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName(SUPERUSER);
                Files.setOwner(directory, serverUser);
                Files.setOwner(directory.resolve("password"), serverUser);
            } catch (IOException e) {
                throw new IllegalStateException("Running as root, and PostgreSQL refuses to run as root: there is no"
                        + " `" + SUPERUSER + "` user to run it as (`apt-get install postgresql` creates one): " + e);
            }
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name").toLowerCase(Locale.ROOT));
        }

        private static String tail(Path log) {
            try {
                String text = Files.exists(log) ? Files.readString(log) : "(no log)";
                String oneLine = text.strip().replace('\n', ' ');
                return oneLine.length() > 2_000 ? "…" + oneLine.substring(oneLine.length() - 2_000) : oneLine;
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while PostgreSQL started", e);
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Best effort: a temporary directory.
            }
        }
    }
}
