package io.partnercarts.contract.hostile;

import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.hostile.FramingCorpusTest.FramingCase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The raw requests of {@link FramingCorpusTest}, grouped as the hostile clients that send them. */
final class FramingCorpus {
    private static final ContractTarget TARGET = ContractTarget.get();
    private static final String ROOT = TARGET.baseUri().getPath();
    private static final String HOST = TARGET.baseUri().getAuthority();
    private static final String CARTS = ROOT + "/customers/" + TARGET.customerId() + "/carts";
    private static final String AUTH = "Authorization: Bearer " + TARGET.token() + "\r\n";
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_ALLOWED = Set.of(405, 501);

    private FramingCorpus() {}

    /** The request sent after every case: a GET of an unknown cart, 404 with its own MS-RequestId. */
    static String probe(String requestId) {
        return "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                + "MS-RequestId: " + requestId + "\r\n\r\n";
    }

    /**
     * A well-formed API request, {@code path} relative to the customer's carts; the body's length counts
     * UTF-8 bytes.
     */
    static String apiRequest(String method, String path, String jsonBody) {
        int length = jsonBody.getBytes(StandardCharsets.UTF_8).length;
        return method + " " + CARTS + path + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n" + jsonBody;
    }

    static Stream<FramingCase> cases() {
        List<FramingCase> cases = new ArrayList<>();
        smuggling(cases);
        methods(cases);
        framing(cases);
        requestLines(cases);
        headers(cases);
        targets(cases);
        mediaTypes(cases);
        sizes(cases);
        return cases.stream();
    }

    /** Requests refused on their request line or headers alone, each with a body. */
    static Stream<FramingCase> refusedBeforeTheirBody() {
        String body = FramingCorpusTest.body();
        String framing = "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        return Stream.of(
                framed(
                        "a create for the customer 1-2-3-4-5",
                        "POST " + ROOT + "/customers/1-2-3-4-5/carts HTTP/1.1\r\n" + "Host: " + HOST + "\r\n" + AUTH
                                + framing,
                        BAD_REQUEST),
                framed(
                        "a create without a token",
                        "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + framing,
                        Set.of(401)),
                framed(
                        "a DELETE of the carts",
                        "DELETE " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + framing,
                        NOT_ALLOWED));
    }

    private static void smuggling(List<FramingCase> cases) {
        String smuggled = "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                + "MS-RequestId: smuggled\r\n\r\n";
        cases.add(framed(
                "TRACE without a token, a whole GET as its body",
                "TRACE " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\nContent-Length: " + smuggled.length()
                        + "\r\n\r\n" + smuggled,
                Set.of(401, 405, 501)));
        cases.add(framed(
                "TRACE with a token and a body",
                "TRACE " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Content-Length: " + smuggled.length()
                        + "\r\n\r\n" + smuggled,
                NOT_ALLOWED));
        cases.add(unframeable(
                "Content-Length and Transfer-Encoding both (CL.TE)",
                "POST " + CARTS
                        + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Content-Type: application/json\r\n"
                        + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled));
        cases.add(unframeable(
                "two different Content-Lengths",
                "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}"));
        cases.add(unframeable(
                "Transfer-Encoding that is not chunked last",
                "POST " + CARTS + " HTTP/1.1\r\nHost: "
                        + HOST + "\r\n" + AUTH
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"
                        + "2\r\n{}\r\n0\r\n\r\n",
                Set.of(400, 501)));
        cases.add(unframeable(
                "Transfer-Encoding xchunked",
                "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                        + "Content-Type: application/json\r\nTransfer-Encoding: xchunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
                Set.of(400, 501)));
    }

    private static void methods(List<FramingCase> cases) {
        String body = FramingCorpusTest.body();
        for (String method : List.of("TRACE", "DELETE", "PATCH", "FOO")) {
            cases.add(framed(
                    method + " with a body",
                    method + " " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                            + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
                    NOT_ALLOWED));
        }
        cases.add(framed(
                "OPTIONS with a body",
                "OPTIONS " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
                Set.of(204, 405)));
        cases.add(framed(
                "GET with a body",
                "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + HOST
                        + "\r\n" + AUTH + "Content-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n"
                        + body,
                Set.of(404)));
        cases.add(framed(
                "HEAD of an unknown cart",
                "HEAD " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "\r\n",
                Set.of(404, 405),
                true));
        cases.add(framed(
                "CONNECT",
                "CONNECT " + HOST + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "\r\n",
                Set.of(400, 404, 405, 501)));
        cases.add(framed(
                "POST asking to upgrade to a websocket",
                "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST
                        + "\r\n" + AUTH + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body,
                Set.of(201, 400)));
        cases.add(framed(
                "POST asking to upgrade to h2c, as Java's HttpClient does",
                "POST " + CARTS
                        + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Connection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length() + "\r\n\r\n" + body,
                Set.of(201)));
        cases.add(framed(
                "GET asking to upgrade to h2c",
                "GET " + CARTS + "/" + UUID.randomUUID()
                        + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Connection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
                Set.of(404)));
    }

    private static void framing(List<FramingCase> cases) {
        String post =
                "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Content-Type: application/json\r\n";
        cases.add(unframeable("Content-Length that is not a number", post + "Content-Length: abc\r\n\r\n{}"));
        cases.add(unframeable("negative Content-Length", post + "Content-Length: -1\r\n\r\n{}"));
        cases.add(unframeable(
                "chunk size that is not hex", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        cases.add(unframeable("chunk without its CRLF", post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n"));
        cases.add(unframeable(
                "chunk size beyond any integer",
                post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n{}\r\n0\r\n\r\n",
                Set.of(400, 413)));
        cases.add(framed(
                "chunked body",
                post + "Transfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(FramingCorpusTest.body().length()) + "\r\n" + FramingCorpusTest.body()
                        + "\r\n0\r\n\r\n",
                Set.of(201)));
        cases.add(framed(
                "Expect: 100-continue, as .NET sends it",
                post + "Expect: 100-continue\r\nContent-Length: "
                        + FramingCorpusTest.body().length() + "\r\n\r\n" + FramingCorpusTest.body(),
                Set.of(201)));
    }

    private static void requestLines(List<FramingCase> cases) {
        String headers = "Host: " + HOST + "\r\n" + AUTH + "\r\n";
        cases.add(unframeable("a space inside the method", "GE T " + CARTS + " HTTP/1.1\r\n" + headers));
        cases.add(unframeable("HTTP/9.9", "GET " + CARTS + " HTTP/9.9\r\n" + headers, Set.of(400, 505)));
        // Jetty reads the version case-insensitively: a leniency that cannot desync, so the answer is GET's.
        cases.add(framed("lower-case http/1.1", "GET " + CARTS + " http/1.1\r\n" + headers, Set.of(400, 405)));
        cases.add(unframeable("no version", "GET " + CARTS + "\r\n" + headers, Set.of(400, 505)));
        cases.add(unframeable("a bare LF request line with a NUL", "GET " + CARTS + "\0 HTTP/1.1\n" + headers));
        cases.add(unframeable("HTTP/1.1 without Host", "GET " + CARTS + " HTTP/1.1\r\n" + AUTH + "\r\n"));
        cases.add(unframeable(
                "two Host headers", "GET " + CARTS + " HTTP/1.1\r\nHost: a\r\nHost: b\r\n" + AUTH + "\r\n"));
    }

    private static void headers(List<FramingCase> cases) {
        String get = "GET " + CARTS + "/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH;
        cases.add(unframeable("a header line without a colon", get + "NoColonHere\r\n\r\n"));
        cases.add(unframeable("a folded header line", get + "X-Folded: a\r\n  b\r\n\r\n"));
        cases.add(unframeable("a space before the colon", get + "X-Spaced : a\r\n\r\n"));
        cases.add(unframeable("a NUL in a header value", get + "X-Nul: a\0b\r\n\r\n"));
        cases.add(unframeable("a header of 9 KiB", get + "X-Big: " + "a".repeat(9 * 1024) + "\r\n\r\n", Set.of(431)));
        cases.add(unframeable(
                "headers of 20 KiB in all",
                get + ("X-Many: " + "a".repeat(100) + "\r\n").repeat(200) + "\r\n",
                Set.of(431)));
        cases.add(framed("150 small headers", get + "X-Small: 1\r\n".repeat(150) + "\r\n", Set.of(404, 431)));
    }

    private static void targets(List<FramingCase> cases) {
        String tail = " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "\r\n";
        for (String path : List.of(
                "/",
                "/favicon.ico",
                "/V1/customers/" + TARGET.customerId() + "/carts",
                "/v2/customers",
                ROOT + "x",
                ROOT + "/nothing/here")) {
            cases.add(framed("path " + path, "GET " + path + tail, Set.of(404)));
        }
        for (String path : List.of("%zz", "%", "%2", "a%2Fb", "a%5Cb", "%00", "%C0%AF", "%ED%A0%80", "..%2F..%2F")) {
            cases.add(framed("path segment " + path, "GET " + CARTS + "/" + path + tail, Set.of(400, 404)));
            cases.add(framed(
                    "query " + path, "GET " + CARTS + "/" + UUID.randomUUID() + "?q=" + path + tail, Set.of(400, 404)));
        }
        cases.add(framed("dot segments out of the root", "GET " + ROOT + "/../../etc/passwd" + tail, Set.of(400, 404)));
        cases.add(framed(
                "an absolute-form target", "GET http://" + HOST + CARTS + "/" + UUID.randomUUID() + tail, Set.of(404)));
        cases.add(framed("asterisk-form OPTIONS", "OPTIONS *" + tail, Set.of(200, 204, 400, 404, 405)));
        cases.add(framed("a target of 3,000 characters", "GET " + CARTS + "/" + "a".repeat(3000) + tail, Set.of(414)));
        cases.add(unframeable(
                "a target of 20,000 characters", "GET " + CARTS + "/" + "a".repeat(20_000) + tail, Set.of(414)));
    }

    private static void mediaTypes(List<FramingCase> cases) {
        String body = FramingCorpusTest.body();
        String post = "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Content-Length: "
                + body.length() + "\r\n";
        for (String type : List.of(
                "application/json; foo",
                "application/json; charset=",
                "application/json, text/plain",
                "application",
                "/",
                "application/json; charset=\"utf-8",
                "text/html",
                "application/xml")) {
            cases.add(framed(
                    "Content-Type " + type, post + "Content-Type: " + type + "\r\n\r\n" + body, Set.of(400, 415)));
        }
        for (String accept : List.of("///", "application/json;q=abc", "text/html")) {
            cases.add(framed(
                    "Accept " + accept,
                    post + "Content-Type: application/json\r\nAccept: " + accept + "\r\n\r\n" + body,
                    Set.of(400, 406)));
        }
    }

    private static void sizes(List<FramingCase> cases) {
        String post =
                "POST " + CARTS + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + AUTH + "Content-Type: application/json\r\n";
        String big = "{\"lineItems\":[],\"pad\":\"" + "a".repeat(1_100_000) + "\"}";
        cases.add(
                framed("a body over 1 MiB", post + "Content-Length: " + big.length() + "\r\n\r\n" + big, Set.of(413)));
        cases.add(framed(
                "a chunked body over 1 MiB",
                post + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n" + big
                        + "\r\n0\r\n\r\n",
                Set.of(413)));
        cases.add(framed("a declared body of 10 GiB", post + "Content-Length: 10737418240\r\n\r\n{", Set.of(413)));
    }

    private static FramingCase framed(String name, String request, Set<Integer> statuses) {
        return framed(name, request, statuses, false);
    }

    private static FramingCase framed(String name, String request, Set<Integer> statuses, boolean head) {
        return new FramingCase(name, bytes(request), statuses, false, head);
    }

    private static FramingCase unframeable(String name, String request) {
        return unframeable(name, request, BAD_REQUEST);
    }

    private static FramingCase unframeable(String name, String request, Set<Integer> statuses) {
        return new FramingCase(name, bytes(request), statuses, true, false);
    }

    private static byte[] bytes(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }
}
