package io.partnercarts.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.bench.load.HttpConnection.HttpAnswer;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {
    private static InputStream wire(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String body(HttpAnswer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAnswersOneAfterAnotherByContentLength() throws IOException {
        InputStream in = wire("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\n{\"a\"}"
                + "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
        HttpAnswer first = HttpConnection.read(in);
        HttpAnswer second = HttpConnection.read(in);
        assertThat(first.status()).isEqualTo(201);
        assertThat(body(first)).isEqualTo("{\"a\"}");
        assertThat(first.closesConnection()).isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(body(second)).isEqualTo("{}");
    }

    @Test
    void readsAChunkedBodyWithExtensionsAndTrailers() throws IOException {
        HttpAnswer answer = HttpConnection.read(wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;x=y\r\n{\"id\r\n3\r\n\":1\r\n1\r\n}\r\n0\r\nTrailer: t\r\n\r\n"));
        assertThat(body(answer)).isEqualTo("{\"id\":1}");
    }

    @Test
    void aServerThatClosesSaysSo() throws IOException {
        assertThat(HttpConnection.read(wire("HTTP/1.1 201 Created\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"))
                        .closesConnection())
                .isTrue();
        assertThat(HttpConnection.read(wire("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"))
                        .closesConnection())
                .isTrue();
        assertThat(HttpConnection.read(wire("HTTP/1.1 200 OK\r\n\r\nto the end"))
                        .closesConnection())
                .isTrue();
    }

    @Test
    void aBodyCutShortIsAnError() {
        assertThatThrownBy(() -> HttpConnection.read(wire("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}")))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void aRequestCarriesItsLengthAndBody() {
        String request = new String(
                HttpConnection.request(
                        "POST",
                        "/records",
                        new java.net.InetSocketAddress("127.0.0.1", 8080),
                        "{}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.ISO_8859_1);
        assertThat(request)
                .startsWith("POST /records HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
                .contains("Content-Type: application/json\r\n", "Content-Length: 2\r\n\r\n{}");
    }
}
