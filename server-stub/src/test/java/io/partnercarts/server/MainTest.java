package io.partnercarts.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.store.CartRetention;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's flags and their defaults (the server is not started: only the command line is read). */
class MainTest {
    private static final List<String> SETTINGS = List.of(
            "--host",
            "--port",
            "--fixtures",
            "--cart-lifetime",
            "--idle-timeout",
            "--max-carts",
            "--expired-cart-retention",
            "--access-log",
            "--database-url",
            "--database-user",
            "--database-password",
            "--database-pool-size",
            "--checkout-lease");

    @Test
    void everyDefaultIsTheOneInServerSettings() {
        assumeNoSettingInTheEnvironment();
        Main main = parsed();
        ServerSettings defaults = ServerSettings.DEFAULTS;

        assertThat(main.host).isEqualTo(defaults.host());
        assertThat(main.port).isEqualTo(defaults.port());
        assertThat(main.fixtures).isEqualTo(defaults.fixturesFile());
        assertThat(main.cartLifetime).isEqualTo(defaults.cartLifetime());
        assertThat(main.idleTimeout).isEqualTo(defaults.idleTimeout());
        assertThat(main.maxCarts).isEqualTo(defaults.maxCarts());
        assertThat(main.expiredCartRetention).isEqualTo(defaults.expiredCartRetention());
        assertThat(main.accessLog).isEqualTo(defaults.accessLog());
        assertThat(main.databaseUrl).as("in memory").isNull();
        assertThat(defaults.databaseUrl()).isNull();
        assertThat(main.databaseUser).isEqualTo(defaults.databaseUser()).isNull();
        assertThat(main.databasePassword).isEqualTo(defaults.databasePassword()).isNull();
        assertThat(main.databasePoolSize).isEqualTo(defaults.databasePoolSize());
        assertThat(main.checkoutLease).isEqualTo(defaults.checkoutLease());
    }

    @Test
    void helpNamesEveryDefault() {
        assumeNoSettingInTheEnvironment();
        String help = help();
        ServerSettings defaults = ServerSettings.DEFAULTS;

        assertThat(defaultInHelp(help, "--host=<host>")).isEqualTo(defaults.host());
        assertThat(defaultInHelp(help, "--port=<port>")).isEqualTo(String.valueOf(defaults.port()));
        assertThat(defaultInHelp(help, "--cart-lifetime=<cartLifetime>"))
                .isEqualTo("P7D")
                .satisfies(shown -> assertThat(Duration.parse(shown)).isEqualTo(defaults.cartLifetime()));
        assertThat(defaultInHelp(help, "--idle-timeout=<idleTimeout>"))
                .isEqualTo("PT30S")
                .satisfies(shown -> assertThat(Duration.parse(shown)).isEqualTo(defaults.idleTimeout()));
        assertThat(defaultInHelp(help, "--max-carts=<maxCarts>")).isEqualTo(String.valueOf(defaults.maxCarts()));
        assertThat(defaultInHelp(help, "--expired-cart-retention=<expiredCartRetention>"))
                .isEqualTo("P1D")
                .satisfies(shown -> assertThat(Duration.parse(shown)).isEqualTo(defaults.expiredCartRetention()));
        assertThat(defaultInHelp(help, "--[no-]access-log")).isEqualTo(String.valueOf(defaults.accessLog()));
        assertThat(defaultInHelp(help, "--database-pool-size=<databasePoolSize>"))
                .isEqualTo(String.valueOf(defaults.databasePoolSize()));
        assertThat(defaultInHelp(help, "--checkout-lease=<checkoutLease>"))
                .isEqualTo("PT30S")
                .satisfies(shown -> assertThat(Duration.parse(shown)).isEqualTo(defaults.checkoutLease()));
        assertThat(defaults.fixturesFile()).as("no file: the built-in fixtures").isNull();
        assertThat(help).contains("replacing the built-in ones (env PARTNER_CARTS_FIXTURES). -h, --help");
    }

    @Test
    void eachSettingHasAnEnvironmentVariableThatTheHelpNames() {
        String help = help();
        for (String flag : SETTINGS) {
            assertThat(help).contains("env " + Main.Defaults.environmentVariable(flag));
        }
        assertThat(Main.Defaults.environmentVariable("--expired-cart-retention"))
                .isEqualTo("PARTNER_CARTS_EXPIRED_CART_RETENTION");
    }

    @Test
    void writesWholeDaysAsDays() {
        assertThat(Main.Defaults.iso8601(Duration.ofDays(7))).isEqualTo("P7D");
        assertThat(Main.Defaults.iso8601(Duration.ofSeconds(30))).isEqualTo("PT30S");
        assertThat(Main.Defaults.iso8601(Duration.ofHours(36))).isEqualTo("PT36H");
        assertThat(Main.Defaults.iso8601(Duration.ZERO)).isEqualTo("PT0S");
    }

    @Test
    void theStoreKeepsAtMostTheDefaultMaximumAndExpiredCartsForADay() {
        assumeTrue(
                System.getenv("PARTNER_CARTS_MAX_CARTS") == null
                        && System.getenv("PARTNER_CARTS_EXPIRED_CART_RETENTION") == null,
                "the environment sets them");
        Main main = parsed();

        assertThat(main.maxCarts).isEqualTo(CartRetention.DEFAULT_MAX_CARTS);
        assertThat(main.expiredCartRetention).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void readsTheMaximumAndTheRetention() {
        Main main = parsed("--max-carts", "100", "--expired-cart-retention", "PT12H");

        assertThat(main.maxCarts).isEqualTo(100);
        assertThat(main.expiredCartRetention).isEqualTo(Duration.ofHours(12));
        assertThat(parsed("--max-carts", "1", "--expired-cart-retention", "PT0S").expiredCartRetention)
                .as("an expired cart forgotten at once")
                .isZero();
    }

    @Test
    void refusesAMaximumBelowOne() {
        assertThat(refusal("--max-carts", "0"))
                .contains("Invalid value for option '--max-carts': must be a whole number of at least 1")
                .contains("Usage");
        assertThat(refusal("--max-carts", "-5")).contains("'--max-carts': must be a whole number of at least 1");
        assertThat(refusal("--max-carts", "many")).contains("'--max-carts': must be a whole number of at least 1");
    }

    @Test
    void refusesANegativeRetention() {
        assertThat(refusal("--expired-cart-retention", "-P1D"))
                .contains("Invalid value for option '--expired-cart-retention': must be zero or a positive"
                        + " ISO-8601 duration such as P1D")
                .contains("Usage");
    }

    @Test
    void printsTheFixturesSchemaAndStops() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out));

        assertThat(commandLine.execute("--print-fixtures-schema")).isZero();
        assertThat(out.toString()).isEqualTo(Fixtures.schema()).contains("\"$id\": \"urn:partner-carts:fixtures\"");
    }

    @Test
    void readsTheDatabaseSettings() {
        Main main = parsed(
                "--database-url",
                "jdbc:postgresql://db.example:5432/carts",
                "--database-user",
                "carts",
                "--database-password",
                "s3cret",
                "--database-pool-size",
                "4",
                "--checkout-lease",
                "PT5S");

        assertThat(main.databaseUrl).isEqualTo("jdbc:postgresql://db.example:5432/carts");
        assertThat(main.databaseUser).isEqualTo("carts");
        assertThat(main.databasePassword).isEqualTo("s3cret");
        assertThat(main.databasePoolSize).isEqualTo(4);
        assertThat(main.checkoutLease).isEqualTo(Duration.ofSeconds(5));
        assertThat(refusal("--checkout-lease", "PT0S")).contains("'--checkout-lease': must be a positive");
        assertThat(refusal("--database-pool-size", "0")).contains("'--database-pool-size': must be a whole number");
    }

    @Test
    void settingsNeverShowThePassword() {
        ServerSettings settings = ServerSettings.DEFAULTS
                .withDatabaseUrl("jdbc:postgresql://db.example/carts")
                .withDatabaseUser("carts")
                .withDatabasePassword("s3cret");

        assertThat(settings.toString())
                .doesNotContain("s3cret")
                .contains(
                        "databaseUrl=jdbc:postgresql://db.example/carts", "databaseUser=carts", "checkoutLease=PT30S");
        assertThat(settings.databasePassword()).isEqualTo("s3cret");
        assertThat(ServerSettings.DEFAULTS.toString()).contains("databasePassword=null");
    }

    private static void assumeNoSettingInTheEnvironment() {
        for (String flag : SETTINGS) {
            assumeTrue(System.getenv(Main.Defaults.environmentVariable(flag)) == null, "the environment sets " + flag);
        }
    }

    /** The help text with its line breaks and indentation collapsed to single spaces. */
    private static String help() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("--help")).isZero();
        return out.toString().replaceAll("\\s+", " ");
    }

    /** The value after "Default:" in the description of the option listed as {@code label} (up to the next option). */
    private static String defaultInHelp(String help, String label) {
        Matcher described = Pattern.compile(" " + Pattern.quote(label) + " (.*?)(?= (?:-\\w, )?--\\S+ [A-Z]|$)")
                .matcher(help);
        assertThat(described.find()).as("%s is described", label).isTrue();
        Matcher shown = Pattern.compile("Default: (\\S+)\\.$")
                .matcher(described.group(1).strip());
        assertThat(shown.find())
                .as("the help of %s names its default: %s", label, described.group(1))
                .isTrue();
        return shown.group(1);
    }

    private static Main parsed(String... args) {
        Main main = new Main();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    /** What the command line answers to flags it refuses; it exits with status 2 before any server starts. */
    private static String refusal(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute(args)).isEqualTo(2);
        return err.toString();
    }
}
