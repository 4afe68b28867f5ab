package io.partnercarts.server;

import io.partnercarts.server.store.CartRetention;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The flags of what the cart store keeps (the server is not started: only the command line is read). */
class MainTest {

    @Test
    void theStoreKeepsAtMostTheDefaultMaximumAndExpiredCartsForADay() {
        assumeTrue(System.getenv("PARTNER_CARTS_MAX_CARTS") == null
                && System.getenv("PARTNER_CARTS_EXPIRED_CART_RETENTION") == null, "the environment sets them");
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
                .as("an expired cart forgotten at once").isZero();
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
