package io.partnercarts.server;

import io.partnercarts.server.store.CartRetention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the sandbox server from the command line; every flag also has an environment variable. */
@Command(name = "partner-carts-server", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A sandbox of Partner Center's cart API (create, get, update, checkout) under /v1.")
public final class Main implements Callable<Integer> {
    // Held here because JUL forgets the level of a logger nobody references.
    private static final Logger[] CHATTY_LOGS = {
        Logger.getLogger("org.glassfish"), Logger.getLogger("org.hibernate.validator"),
        Logger.getLogger("org.eclipse.jetty")
    };

    @Option(names = "--host", defaultValue = "${env:PARTNER_CARTS_HOST:-127.0.0.1}",
            description = "Address to listen on (env PARTNER_CARTS_HOST). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "${env:PARTNER_CARTS_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (env PARTNER_CARTS_PORT). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--fixtures", defaultValue = "${env:PARTNER_CARTS_FIXTURES}",
            description = "JSON file of customers and offers replacing the built-in ones (env PARTNER_CARTS_FIXTURES).")
    Path fixtures;

    @Option(names = "--cart-lifetime", defaultValue = "${env:PARTNER_CARTS_CART_LIFETIME:-P7D}",
            converter = DurationConverter.class,
            description = "How long a cart lives, ISO-8601 (env PARTNER_CARTS_CART_LIFETIME). Default: ${DEFAULT-VALUE}.")
    Duration cartLifetime;

    @Option(names = "--idle-timeout", defaultValue = "${env:PARTNER_CARTS_IDLE_TIMEOUT:-PT30S}",
            converter = DurationConverter.class,
            description = "How long a connection may send nothing before it is closed, ISO-8601"
                    + " (env PARTNER_CARTS_IDLE_TIMEOUT). Default: ${DEFAULT-VALUE}.")
    Duration idleTimeout;

    @Option(names = "--max-carts", defaultValue = "${env:PARTNER_CARTS_MAX_CARTS:-" + CartRetention.DEFAULT_MAX_CARTS + "}",
            converter = AtLeastOneConverter.class,
            description = "How many carts the server keeps; beyond that each new cart evicts the oldest"
                    + " (env PARTNER_CARTS_MAX_CARTS). Default: ${DEFAULT-VALUE}.")
    int maxCarts;

    @Option(names = "--expired-cart-retention", defaultValue = "${env:PARTNER_CARTS_EXPIRED_CART_RETENTION:-P1D}",
            converter = NonNegativeDurationConverter.class,
            description = "How long an expired cart can still be read before it is forgotten, ISO-8601"
                    + " (env PARTNER_CARTS_EXPIRED_CART_RETENTION). Default: ${DEFAULT-VALUE}.")
    Duration expiredCartRetention;

    @Option(names = "--access-log", negatable = true, fallbackValue = "true",
            defaultValue = "${env:PARTNER_CARTS_ACCESS_LOG:-true}",
            description = "Write one line per request to standard output; --no-access-log for none"
                    + " (env PARTNER_CARTS_ACCESS_LOG=false). Default: ${DEFAULT-VALUE}.")
    boolean accessLog;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        quietenContainerLogs();
        ServerSettings settings = ServerSettings.DEFAULTS
                .withHost(host).withPort(port).withFixturesFile(fixtures).withCartLifetime(cartLifetime)
                .withIdleTimeout(idleTimeout).withAccessLog(accessLog).withMaxCarts(maxCarts)
                .withExpiredCartRetention(expiredCartRetention);
        CartsServer server;
        try {
            server = CartsServer.start(settings);
        } catch (RuntimeException e) {
            System.err.println("partner-carts: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("partner-carts stopped");
            stopped.countDown();
        }, "partner-carts-stop"));
        System.out.println("partner-carts listening on " + server.baseUri());
        stopped.await();
        return 0;
    }

    private static void quietenContainerLogs() {
        for (Logger chatty : CHATTY_LOGS) {
            chatty.setLevel(Level.WARNING);
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
                throw new CommandLine.TypeConversionException("must be zero or a positive ISO-8601 duration such as P1D");
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
