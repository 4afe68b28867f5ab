package io.partnercarts.server;

import io.partnercarts.server.catalog.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the sandbox server from the command line; every flag also has an environment variable. A flag
 * wins over its environment variable, and the variable over the default in {@link ServerSettings#DEFAULTS}
 * (see {@link Defaults}).
 */
@Command(
        name = "partner-carts-server",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        defaultValueProvider = Main.Defaults.class,
        description = "A sandbox of Partner Center's cart API (create, get, update, checkout) under /v1.")
public final class Main implements Callable<Integer> {
    // Held here because JUL forgets the level of a logger nobody references.
    private static final Logger[] CHATTY_LOGS = {
        Logger.getLogger("org.glassfish"),
        Logger.getLogger("org.hibernate.validator"),
        Logger.getLogger("org.eclipse.jetty"),
        Logger.getLogger("com.zaxxer.hikari"),
        Logger.getLogger("org.flywaydb")
    };

    @Option(names = "--host", description = "Address to listen on (env PARTNER_CARTS_HOST). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--port",
            description = "Port to listen on; 0 picks a free one (env PARTNER_CARTS_PORT). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--fixtures",
            description = "JSON file of customers and offers replacing the built-in ones (env PARTNER_CARTS_FIXTURES).")
    Path fixtures;

    @Option(
            names = "--cart-lifetime",
            converter = DurationConverter.class,
            description =
                    "How long a cart lives, ISO-8601 (env PARTNER_CARTS_CART_LIFETIME). Default: ${DEFAULT-VALUE}.")
    Duration cartLifetime;

    @Option(
            names = "--idle-timeout",
            converter = DurationConverter.class,
            description = "How long a connection may send nothing before it is closed, ISO-8601"
                    + " (env PARTNER_CARTS_IDLE_TIMEOUT). Default: ${DEFAULT-VALUE}.")
    Duration idleTimeout;

    @Option(
            names = "--max-carts",
            converter = AtLeastOneConverter.class,
            description = "How many carts the server keeps in memory; beyond that each new cart evicts the oldest;"
                    + " a database keeps every cart until it expires (env PARTNER_CARTS_MAX_CARTS)."
                    + " Default: ${DEFAULT-VALUE}.")
    int maxCarts;

    @Option(
            names = "--expired-cart-retention",
            converter = NonNegativeDurationConverter.class,
            description = "How long an expired cart can still be read before it is forgotten, ISO-8601"
                    + " (env PARTNER_CARTS_EXPIRED_CART_RETENTION). Default: ${DEFAULT-VALUE}.")
    Duration expiredCartRetention;

    @Option(
            names = "--database-url",
            description =
                    "Keep carts in this PostgreSQL database, jdbc:postgresql://HOST:PORT/DATABASE, shared by every"
                            + " instance given it; none keeps them in memory (env PARTNER_CARTS_DATABASE_URL).")
    String databaseUrl;

    @Option(
            names = "--database-user",
            description = "The database user, unless the URL names it (env PARTNER_CARTS_DATABASE_USER).")
    String databaseUser;

    @Option(
            names = "--database-password",
            description = "The database user's password, unless the URL holds it (env PARTNER_CARTS_DATABASE_PASSWORD;"
                    + " prefer the variable: a flag's value shows in the process list).")
    String databasePassword;

    @Option(
            names = "--database-pool-size",
            converter = AtLeastOneConverter.class,
            description = "How many database connections the server opens at most"
                    + " (env PARTNER_CARTS_DATABASE_POOL_SIZE). Default: ${DEFAULT-VALUE}.")
    int databasePoolSize;

    @Option(
            names = "--checkout-lease",
            converter = DurationConverter.class,
            description = "With a database: how long a checkout holds its cart, ISO-8601; a checkout cut short by a"
                    + " crash blocks its cart that long, and it must be longer than the slowest offer's provisioning"
                    + " (env PARTNER_CARTS_CHECKOUT_LEASE). Default: ${DEFAULT-VALUE}.")
    Duration checkoutLease;

    @Option(
            names = "--access-log",
            negatable = true,
            fallbackValue = "true",
            description = "Write one line per request to standard output; --no-access-log for none"
                    + " (env PARTNER_CARTS_ACCESS_LOG=false). Default: ${DEFAULT-VALUE}.")
    boolean accessLog;

    @Option(
            names = "--print-fixtures-schema",
            description = "Print the JSON Schema of a fixtures file and exit; save it beside your file and name it"
                    + " in the file's \"$schema\" for an editor to check the file as you type.")
    boolean printFixturesSchema;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (printFixturesSchema) {
            spec.commandLine().getOut().print(Fixtures.schema());
            spec.commandLine().getOut().flush();
            return 0;
        }
        quietenContainerLogs();
        ServerSettings settings = ServerSettings.DEFAULTS
                .withHost(host)
                .withPort(port)
                .withFixturesFile(fixtures)
                .withCartLifetime(cartLifetime)
                .withIdleTimeout(idleTimeout)
                .withAccessLog(accessLog)
                .withMaxCarts(maxCarts)
                .withExpiredCartRetention(expiredCartRetention)
                .withDatabaseUrl(databaseUrl)
                .withDatabaseUser(databaseUser)
                .withDatabasePassword(databasePassword)
                .withDatabasePoolSize(databasePoolSize)
                .withCheckoutLease(checkoutLease);
        CartsServer server;
        try {
            server = CartsServer.start(settings);
        } catch (RuntimeException e) {
            System.err.println("partner-carts: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            System.out.println("partner-carts stopped");
                            stopped.countDown();
                        },
                        "partner-carts-stop"));
        System.out.println("partner-carts listening on " + server.baseUri());
        stopped.await();
        return 0;
    }

    private static void quietenContainerLogs() {
        for (Logger chatty : CHATTY_LOGS) {
            chatty.setLevel(Level.WARNING);
        }
    }

    /**
     * What a flag given no value on the command line takes: its environment variable when that is set,
     * otherwise the value in {@link ServerSettings#DEFAULTS}, the one home of every default. The variable
     * of {@code --cart-lifetime} is {@code PARTNER_CARTS_CART_LIFETIME}, and so on. Help's
     * {@code ${DEFAULT-VALUE}} shows what this answers.
     */
    static final class Defaults implements CommandLine.IDefaultValueProvider {
        private static final Map<String, String> BUILT_IN = builtIn(ServerSettings.DEFAULTS);

        @Override
        public String defaultValue(CommandLine.Model.ArgSpec argument) {
            if (!(argument instanceof CommandLine.Model.OptionSpec option)
                    || !BUILT_IN.containsKey(option.longestName())) {
                return null;
            }
            String fromEnvironment = System.getenv(environmentVariable(option.longestName()));
            return fromEnvironment != null ? fromEnvironment : BUILT_IN.get(option.longestName());
        }

        static String environmentVariable(String longestName) {
            return "PARTNER_CARTS_"
                    + longestName.substring("--".length()).replace('-', '_').toUpperCase(Locale.ROOT);
        }

        /** Each flag's default as the command line reads it; no fixtures file means the built-in fixtures. */
        private static Map<String, String> builtIn(ServerSettings defaults) {
            Map<String, String> byFlag = new HashMap<>();
            byFlag.put("--host", defaults.host());
            byFlag.put("--port", String.valueOf(defaults.port()));
            byFlag.put(
                    "--fixtures",
                    defaults.fixturesFile() == null
                            ? null
                            : defaults.fixturesFile().toString());
            byFlag.put("--cart-lifetime", iso8601(defaults.cartLifetime()));
            byFlag.put("--idle-timeout", iso8601(defaults.idleTimeout()));
            byFlag.put("--max-carts", String.valueOf(defaults.maxCarts()));
            byFlag.put("--expired-cart-retention", iso8601(defaults.expiredCartRetention()));
            byFlag.put("--access-log", String.valueOf(defaults.accessLog()));
            byFlag.put("--database-url", defaults.databaseUrl());
            byFlag.put("--database-user", defaults.databaseUser());
            byFlag.put("--database-password", defaults.databasePassword());
            byFlag.put("--database-pool-size", String.valueOf(defaults.databasePoolSize()));
            byFlag.put("--checkout-lease", iso8601(defaults.checkoutLease()));
            return byFlag;
        }

        /** Whole days as days ({@code P7D} rather than {@code Duration}'s {@code PT168H}). */
        static String iso8601(Duration duration) {
            boolean wholeDays = !duration.isZero() && duration.getNano() == 0 && duration.getSeconds() % 86_400 == 0;
            return wholeDays ? "P" + duration.toDays() + "D" : duration.toString();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"partner-carts-server " + (version == null ? "(development build)" : version)};
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw new CommandLine.TypeConversionException("must be a positive ISO-8601 duration such as P7D");
            }
            return duration;
        }
    }

    static final class NonNegativeDurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = Duration.parse(value);
            if (duration.isNegative()) {
                throw new CommandLine.TypeConversionException(
                        "must be zero or a positive ISO-8601 duration such as P1D");
            }
            return duration;
        }
    }

    static final class AtLeastOneConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below, as any other number below one
            }
            throw new CommandLine.TypeConversionException("must be a whole number of at least 1");
        }
    }
}
