package io.partnercarts.contract.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.ContractTarget;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Clients that start a request and never finish it: each is cut off once the connection has been silent
 * for the implementation's idle timeout (README, "Settings"), with or without a 408 first.
 */
@Tag(HostileInputTest.TAG)
class SlowSenderTest {
    private static final ContractTarget TARGET = ContractTarget.get();
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    /** More than a small worker pool would have threads for, fewer than a careful server allows. */
    private static final int STALLED_SENDERS = 32;

    private static final String CARTS = TARGET.baseUri().getPath() + "/customers/" + TARGET.customerId() + "/carts";
    private static final String HEAD =
            "Host: " + TARGET.baseUri().getAuthority() + "\r\nAuthorization: Bearer " + TARGET.token() + "\r\n";

    @Test
    void aRequestLineWithoutItsHeadersIsCutOff() throws IOException {
        assertCutOff("a request line alone", "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\n");
    }

    @Test
    void headersThatNeverEndAreCutOff() throws IOException {
        assertCutOff(
                "headers without their blank line", "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\n" + HEAD);
    }

    @Test
    void aBodyThatNeverArrivesIsCutOff() throws IOException {
        assertCutOff(
                "a tenth of a declared body",
                "POST " + CARTS + " HTTP/1.1\r\n" + HEAD
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"lineItems\"");
    }

    @Test
    void aChunkedBodyThatStopsIsCutOff() throws IOException {
        assertCutOff(
                "a chunked body without its last chunk",
                "POST " + CARTS + " HTTP/1.1\r\n" + HEAD
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n");
    }

    /** Stalled senders hold no more than their own connections: others are still answered at once. */
    @Test
    void manyStalledBodiesDoNotStopOtherRequests() throws IOException {
        List<RawConnection> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED_SENDERS; i++) {
                RawConnection connection = RawConnection.open(
                        TARGET.baseUri(), TARGET.idleTimeout().plus(GRACE));
                connection.send("POST " + CARTS + " HTTP/1.1\r\n" + HEAD
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"lineItems\"");
                stalled.add(connection);
            }
            try (RawConnection other = RawConnection.open(TARGET.baseUri(), PROMPTLY)) {
                other.send("GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\n" + HEAD + "\r\n");
                WireAnswer answer = other.next(false);
                if (answer == null) {
                    HostileTally.hang("a read while " + STALLED_SENDERS + " bodies stall");
                }
                assertThat(answer)
                        .as("a read answered within %s while %d bodies stall", PROMPTLY, STALLED_SENDERS)
                        .isNotNull();
                HostileTally.record(answer, AnswerRules.violations(answer));
                assertThat(answer.status()).isEqualTo(404);
            }
        } finally {
            for (RawConnection connection : stalled) {
                connection.close();
            }
        }
    }

    private static void assertCutOff(String what, String partialRequest) throws IOException {
        Duration bound = TARGET.idleTimeout().plus(GRACE);
        try (RawConnection connection = RawConnection.open(TARGET.baseUri(), bound)) {
            connection.send(partialRequest);
            WireAnswer answer = connection.next(false);
            if (answer != null) {
                HostileTally.record(answer, AnswerRules.violations(answer));
                assertThat(answer.status())
                        .as("%s: the only answer a stalled request may get", what)
                        .isIn(400, 408);
                assertThat(AnswerRules.violations(answer)).as(what).isEmpty();
                assertThat(connection.next(false))
                        .as("%s: nothing after its %d", what, answer.status())
                        .isNull();
                assertThat(connection.end())
                        .as("%s: closed after its %d", what, answer.status())
                        .isEqualTo(RawConnection.End.CLOSED);
                return;
            }
            if (connection.end() == RawConnection.End.SILENT) {
                HostileTally.hang(what);
            }
            assertThat(connection.end())
                    .as("%s: the connection is closed within %s", what, bound)
                    .isEqualTo(RawConnection.End.CLOSED);
        }
    }
}
