package io.partnercarts.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.bench.load.HttpConnection.HttpAnswer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadScenarioTest {
    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 8080);

    private static String requestLine(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.indexOf("\r\n"));
    }

    private static HttpAnswer answer(int status, String body) {
        return new HttpAnswer(status, body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void createThenCheckoutChecksOutTheCartItCreated() {
        LoadScenario flow = LoadScenario.named("create+checkout", "/v1/customers/c/carts", "{}".getBytes(), SERVER)
                .get();
        assertThat(requestLine(flow.nextRequest())).isEqualTo("POST /v1/customers/c/carts HTTP/1.1");
        assertThat(flow.accept(answer(201, "{\"id\":\"a1\",\"lineItems\":[{\"id\":0}]}")))
                .isTrue();
        assertThat(requestLine(flow.nextRequest())).isEqualTo("POST /v1/customers/c/carts/a1/checkout HTTP/1.1");
        assertThat(flow.accept(answer(201, "{\"orders\":[{\"id\":\"o1\"}]}"))).isTrue();
        assertThat(requestLine(flow.nextRequest())).isEqualTo("POST /v1/customers/c/carts HTTP/1.1");
    }

    @Test
    void aFailedCreateIsUnexpectedAndCreatesAgain() {
        LoadScenario flow = LoadScenario.named("create+checkout", "/carts", "{}".getBytes(), SERVER)
                .get();
        flow.nextRequest();
        assertThat(flow.accept(answer(500, "{\"code\":800003}"))).isFalse();
        assertThat(requestLine(flow.nextRequest())).isEqualTo("POST /carts HTTP/1.1");
    }

    @Test
    void aGetExpects200() {
        LoadScenario get =
                LoadScenario.named("get", "/records/x", new byte[0], SERVER).get();
        assertThat(requestLine(get.nextRequest())).isEqualTo("GET /records/x HTTP/1.1");
        assertThat(get.accept(answer(200, "{}"))).isTrue();
        assertThat(get.accept(answer(201, "{}"))).isFalse();
    }
}
