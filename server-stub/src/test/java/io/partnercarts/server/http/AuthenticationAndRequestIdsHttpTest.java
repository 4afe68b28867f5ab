package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.http.LiveServer.Answer;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link BearerAuthentication} and {@link RequestIds} over the real server. */
class AuthenticationAndRequestIdsHttpTest {
    private static final String NO_TOKEN = "The request has no bearer token in its Authorization header.";
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final LiveServer server = new LiveServer();

    @Test
    void aRequestWithoutAuthorizationIsChallenged() {
        Answer answer = server.send(server.unauthenticated(server.unknownCart()));

        answer.isFault(401, 800001, NO_TOKEN);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"partner-carts\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "Token abc", "Bearerabc"})
    void anotherSchemeOrAnEmptyTokenIsChallenged(String authorization) {
        Answer answer =
                server.send(server.unauthenticated(server.unknownCart()).header("Authorization", authorization));

        answer.isFault(401, 800001, NO_TOKEN);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"partner-carts\"");
    }

    @Test
    void evenOptionsNeedsAToken() {
        Answer answer = server.send(
                server.unauthenticated(server.carts()).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        answer.isFault(401, 800001, NO_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer x", "bearer anything-at-all", "BEARER eyJhbGciOiJub25lIn0.e30."})
    void anyBearerTokenPasses(String authorization) {
        Answer answer =
                server.send(server.unauthenticated(server.unknownCart()).header("Authorization", authorization));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asInt()).isEqualTo(800008);
        assertThat(answer.header("WWW-Authenticate")).isNull();
    }

    @Test
    void validIdsAreEchoed() {
        String requestId = "request-" + UUID.randomUUID();
        String correlationId = "correlation-" + UUID.randomUUID();

        Answer answer = unknownCartWithIds(requestId, correlationId);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("MS-RequestId")).isEqualTo(requestId);
        assertThat(answer.header("MS-CorrelationId")).isEqualTo(correlationId);
    }

    @Test
    void idsAreEchoedOnARefusalBeforeAuthenticationToo() {
        Answer answer = server.send(server.unauthenticated(server.unknownCart())
                .header("MS-RequestId", "r-1")
                .header("MS-CorrelationId", "c-1"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("MS-RequestId")).isEqualTo("r-1");
        assertThat(answer.header("MS-CorrelationId")).isEqualTo("c-1");
    }

    @Test
    void anIdOfTheContractsLongestLengthIsEchoed() {
        String longest = "a".repeat(128);

        Answer answer = server.send(server.request(server.unknownCart()).header("MS-RequestId", longest));

        assertThat(answer.header("MS-RequestId")).isEqualTo(longest);
    }

    @Test
    void missingIdsAreGeneratedGuids() {
        Answer answer = server.send(server.request(server.unknownCart()));

        assertThat(answer.header("MS-RequestId")).matches(GUID);
        assertThat(answer.header("MS-CorrelationId")).matches(GUID).isNotEqualTo(answer.header("MS-RequestId"));
    }

    /** The contract caps both headers at 128 characters: a longer id is refused, and the refusal carries new ids. */
    @ParameterizedTest
    @ValueSource(ints = {129, 200})
    void anIdLongerThanTheContractAllowsIsRefusedAndAnsweredWithGuids(int length) {
        Answer answer = server.send(server.request(server.unknownCart())
                .header("MS-RequestId", "r".repeat(length))
                .header("MS-CorrelationId", "c".repeat(length)));

        answer.isFault(
                400,
                800002,
                "Header 'MS-CorrelationId' must be at most 128 characters long."
                        + " Header 'MS-RequestId' must be at most 128 characters long.");
        assertThat(answer.json().at("/data/1/header").asText()).isEqualTo("MS-RequestId");
        assertThat(answer.header("MS-RequestId")).matches(GUID);
        assertThat(answer.header("MS-CorrelationId")).matches(GUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "tab\there"})
    void anIdThatIsNotOneVisibleAsciiTokenIsReplacedByAGuid(String id) {
        Answer answer = unknownCartWithIds(id, id);

        assertThat(answer.header("MS-RequestId")).matches(GUID);
        assertThat(answer.header("MS-CorrelationId")).matches(GUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1"})
    void aNonAsciiIdIsReplacedByAGuid(String charset) {
        byte[] lines =
                ("MS-RequestId: caf\u00e9\r\nMS-CorrelationId: \u00fcber-1\r\n").getBytes(Charset.forName(charset));

        Map<String, String> headers = server.rawGet(server.unknownCart(), lines);

        assertThat(headers.get(":status")).isEqualTo("404");
        assertThat(headers.get("MS-RequestId")).matches(GUID);
        assertThat(headers.get("MS-CorrelationId")).matches(GUID);
    }

    private static Answer unknownCartWithIds(String requestId, String correlationId) {
        Answer answer = server.send(server.request(server.unknownCart())
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", correlationId));
        assertThat(answer.status()).isEqualTo(404);
        return answer;
    }
}
