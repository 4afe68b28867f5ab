package io.partnercarts.contract.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.ContractTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What broken clients, scanners and proxies send, byte for byte, on one connection followed by a probe
 * request. Every request gets an ApiFault or a documented answer in bounded time; a request HTTP cannot
 * frame gets 400 and a close; and the probe after it is answered exactly as on a new connection, so
 * nothing a refused request carried is ever read as a request of its own.
 */
@Tag(HostileInputTest.TAG)
class FramingCorpusTest {
    private static final ContractTarget TARGET = ContractTarget.get();
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration QUIET = Duration.ofMillis(500);
    /** Long enough for the answer to be ready before the body comes. */
    private static final Duration LATE_BODY = Duration.ofMillis(300);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.partnercarts.contract.hostile.FramingCorpus#cases")
    void everyRequestIsAnsweredAndFramed(FramingCase framingCase) throws IOException {
        String probeId = "probe-" + UUID.randomUUID();
        List<String> problems = new ArrayList<>();
        try (RawConnection connection = RawConnection.open(TARGET.baseUri(), ANSWER_TIMEOUT)) {
            connection.send(framingCase.bytes());
            connection.send(FramingCorpus.probe(probeId));
            WireAnswer first = connection.next(framingCase.head());
            if (first == null) {
                problems.add(
                        connection.end() == RawConnection.End.SILENT
                                ? "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s (a hang)"
                                : "the connection was closed without an answer");
                report(framingCase, null, problems);
                return;
            }
            problems.addAll(framingCase.head() ? AnswerRules.headViolations(first) : AnswerRules.violations(first));
            if (!framingCase.statuses().contains(first.status())) {
                problems.add("status " + first.status() + ", expected one of " + framingCase.statuses());
            }
            problems.addAll(whatFollows(framingCase, first, connection, probeId));
            report(framingCase, first, problems);
        }
    }

    /**
     * A client's connection outlives every request the API answers: create, get, update and check out on
     * one connection, none answered with Connection: close, so clients need not reconnect per request.
     */
    @Test
    void answeredRequestsKeepTheirConnection() throws IOException {
        try (RawConnection connection = RawConnection.open(TARGET.baseUri(), ANSWER_TIMEOUT)) {
            WireAnswer created = keptOpen(connection, FramingCorpus.apiRequest("POST", "", CartBodies.seed()), 201);
            String cart = "/" + MAPPER.readTree(created.body()).get("id").asText();
            keptOpen(connection, FramingCorpus.apiRequest("GET", cart, ""), 200);
            keptOpen(connection, FramingCorpus.apiRequest("PUT", cart, CartBodies.seed()), 200);
            keptOpen(connection, FramingCorpus.apiRequest("POST", cart + "/checkout", ""), 201);
            keptOpen(connection, FramingCorpus.apiRequest("GET", cart, ""), 200);
        }
    }

    private static WireAnswer keptOpen(RawConnection connection, String request, int status) throws IOException {
        connection.send(request);
        WireAnswer answer = connection.next(false);
        assertThat(answer)
                .as(
                        "an answer to %s on the same connection",
                        request.lines().findFirst().orElseThrow())
                .isNotNull();
        assertThat(answer.status()).as(answer.brief()).isEqualTo(status);
        assertThat(answer.header("connection"))
                .as("Connection header of %s", answer.brief())
                .isNotEqualTo(Optional.of("close"));
        return answer;
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        List<String> ids = List.of(
                "pipelined-0-" + UUID.randomUUID(),
                "pipelined-1-" + UUID.randomUUID(),
                "pipelined-2-" + UUID.randomUUID());
        try (RawConnection connection = RawConnection.open(TARGET.baseUri(), ANSWER_TIMEOUT)) {
            connection.send(ids.stream().map(FramingCorpus::probe).reduce("", String::concat));
            for (String id : ids) {
                WireAnswer answer = connection.next(false);
                assertThat(answer).as("answer to %s", id).isNotNull();
                HostileTally.record(answer, AnswerRules.violations(answer));
                assertThat(answer.status()).isEqualTo(404);
                assertThat(answer.headers().get("ms-requestid")).containsExactly(id);
            }
        }
    }

    /**
     * A request refused before its body arrives (a malformed id; no token): the body that follows is read
     * as that request's, and the next request on the connection is answered as itself.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.partnercarts.contract.hostile.FramingCorpus#refusedBeforeTheirBody")
    void aBodySentAfterItsRequestWasRefusedIsNotReadAsARequest(FramingCase framingCase)
            throws IOException, InterruptedException {
        String probeId = "probe-" + UUID.randomUUID();
        String request = new String(framingCase.bytes(), StandardCharsets.ISO_8859_1);
        int bodyStart = request.indexOf("\r\n\r\n") + 4;
        try (RawConnection connection = RawConnection.open(TARGET.baseUri(), ANSWER_TIMEOUT)) {
            connection.send(request.substring(0, bodyStart));
            Thread.sleep(LATE_BODY.toMillis());
            connection.send(request.substring(bodyStart) + FramingCorpus.probe(probeId));
            WireAnswer first = connection.next(false);
            assertThat(first).as("an answer to %s", framingCase.name()).isNotNull();
            List<String> problems = new ArrayList<>(AnswerRules.violations(first));
            if (!framingCase.statuses().contains(first.status())) {
                problems.add("status " + first.status() + ", expected one of " + framingCase.statuses());
            }
            problems.addAll(whatFollows(framingCase, first, connection, probeId));
            report(framingCase, first, problems);
        }
    }

    /** After the answer: a close, or the probe's own answer and nothing else. */
    private static List<String> whatFollows(
            FramingCase framingCase, WireAnswer first, RawConnection connection, String probeId) throws IOException {
        List<String> problems = new ArrayList<>();
        WireAnswer second = connection.next(false);
        if (second == null) {
            if (connection.end() == RawConnection.End.SILENT) {
                problems.add("after the answer the connection neither closed nor answered the next request (a hang)");
            } else if (!first.header("connection").orElse("").equalsIgnoreCase("close")) {
                problems.add("the connection was closed after an answer that did not say Connection: close,"
                        + " so a client loses the request it sent next");
            }
            return problems;
        }
        if (framingCase.mustClose()) {
            problems.add("an unframeable request did not close the connection: the next request was answered "
                    + second.status());
        }
        String echoed = String.valueOf(second.headers().get("ms-requestid"));
        if (second.status() != 404
                || !echoed.contains(probeId)
                || !new String(second.body(), StandardCharsets.UTF_8).contains("800008")) {
            problems.add("desync: the next request on the connection was answered " + second.status()
                    + " for MS-RequestId " + echoed + ": " + new String(second.body(), StandardCharsets.UTF_8));
        }
        problems.addAll(AnswerRules.violations(second));
        connection.readTimeout(QUIET);
        WireAnswer extra = connection.next(false);
        if (extra != null) {
            problems.add("desync: an answer nobody asked for, " + extra.status() + " for MS-RequestId "
                    + extra.headers().get("ms-requestid"));
        }
        return problems;
    }

    private static void report(FramingCase framingCase, WireAnswer first, List<String> problems) {
        if (first == null) {
            HostileTally.hang(framingCase.name());
        } else {
            HostileTally.record(first, problems);
        }
        assertThat(problems)
                .as(
                        "%s answered %s",
                        framingCase.name(),
                        first == null
                                ? "nothing"
                                : first.status() + " " + new String(first.body(), StandardCharsets.UTF_8))
                .isEmpty();
    }

    /** One raw request: what to send, which statuses may answer it, and whether HTTP can frame it at all. */
    record FramingCase(String name, byte[] bytes, Set<Integer> statuses, boolean mustClose, boolean head) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String body() {
        return CartBodies.cartOf(CartBodies.barracuda(1));
    }
}
