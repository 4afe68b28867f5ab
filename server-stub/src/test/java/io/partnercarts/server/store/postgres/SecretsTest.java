package io.partnercarts.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.ManualClock;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.testsupport.LocalPostgres;
import io.partnercarts.server.testsupport.LogRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * The database password appears in no log line at any level (the pool's, Flyway's, the driver's, the
 * store's), on standard output or error, or in a message, whether it came in the settings or in the URL.
 */
class SecretsTest {
    private static final String[] NOISY = {"", "com.zaxxer.hikari", "org.flywaydb", "org.postgresql", "io.partnercarts"
    };

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));

    @Test
    void thePasswordIsNeverLoggedNorPrinted() {
        LocalPostgres.Database database = LocalPostgres.shared().newDatabase();
        String password = database.password();
        String everything = captured(() -> {
            PostgresSettings inSettings = PostgresStores.settings(database, PostgresStores.LEASE);
            use(inSettings);
            PostgresSettings inUrl = new PostgresSettings(
                    database.url() + "&password=" + password, database.user(), null, 2, PostgresStores.LEASE);
            use(inUrl);
            PostgresSettings wrong = new PostgresSettings(
                    database.url() + "&password=" + password + "-not", database.user(), null, 2, PostgresStores.LEASE);
            assertThatThrownBy(() -> use(wrong)).isInstanceOf(IllegalStateException.class);
            for (PostgresSettings settings : List.of(inSettings, inUrl, wrong)) {
                System.out.println(settings);
            }
        });

        assertThat(password).isNotBlank();
        assertThat(everything)
                .as("something was logged at all")
                .contains("partner-carts")
                .contains(database.url());
        assertThat(everything).doesNotContain(password);
    }

    private void use(PostgresSettings settings) {
        try (PostgresCartStore store = PostgresCartStore.open(settings, clock, CartRetention.DEFAULTS)) {
            Instant now = clock.instant();
            Cart cart = store.createOnce(
                    UUID.randomUUID(),
                    "r",
                    () -> new Cart(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            now,
                            now,
                            now.plus(Duration.ofDays(1)),
                            "user",
                            CartStatus.ACTIVE,
                            List.of(),
                            null));
            try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
                hold.save(cart.withStatus(CartStatus.ORDERED), CheckoutHistory.NONE);
            }
        }
    }

    /** Everything logged (at every level), printed and thrown while {@code work} ran, as text. */
    private static String captured(Runnable work) {
        List<Level> levels = new ArrayList<>();
        for (String name : NOISY) {
            levels.add(Logger.getLogger(name).getLevel());
            Logger.getLogger(name).setLevel(Level.ALL);
        }
        LogRecords logged = LogRecords.of(Logger.getLogger(""));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        StringWriter text = new StringWriter();
        try {
            work.run();
        } catch (RuntimeException e) {
            e.printStackTrace(new PrintWriter(text));
        } finally {
            System.setOut(out);
            System.setErr(err);
            logged.close();
            for (int i = 0; i < NOISY.length; i++) {
                Logger.getLogger(NOISY[i]).setLevel(levels.get(i));
            }
        }
        SimpleFormatter formatter = new SimpleFormatter();
        for (LogRecord record : logged.records()) {
            text.append(formatter.format(record));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(String.valueOf(parameter));
                }
            }
        }
        return text + printed.toString(StandardCharsets.UTF_8);
    }
}
