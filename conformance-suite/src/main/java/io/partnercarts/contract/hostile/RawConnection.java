package io.partnercarts.contract.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain TCP connection to the server under test, for what no HTTP client would send: broken framing,
 * pipelined and smuggled requests, slow senders. Reads answers one at a time as HTTP/1.1 frames them.
 */
final class RawConnection implements AutoCloseable {
    /** How the server left the connection after the answers read so far. */
    enum End {
        OPEN,
        CLOSED,
        SILENT
    }

    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private End end = End.OPEN;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawConnection open(URI base, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        socket.setTcpNoDelay(true);
        return new RawConnection(socket);
    }

    void send(String ascii) throws IOException {
        send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) throws IOException {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // The server may close before it read everything; what it answered is still readable.
        }
    }

    void readTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    /**
     * The next final answer (1xx answers are skipped), or null with {@link #end()} telling whether the
     * server closed the connection or stayed silent for the read timeout.
     */
    WireAnswer next(boolean toHead) throws IOException {
        while (true) {
            String statusLine = line();
            if (statusLine == null) {
                return null;
            }
            Map<String, List<String>> headers = headers();
            if (headers == null) {
                return null;
            }
            int status = parseStatus(statusLine);
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body = toHead || status == 204 || status == 304 ? new byte[0] : body(headers);
            return new WireAnswer(status, headers, body);
        }
    }

    End end() {
        return end;
    }

    private static int parseStatus(String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IllegalStateException("not an HTTP/1.x status line: " + statusLine);
        }
        return Integer.parseInt(parts[1]);
    }

    private Map<String, List<String>> headers() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int size = 0;
        for (String line = line(); line != null; line = line()) {
            if (line.isEmpty()) {
                return headers;
            }
            size += line.length();
            if (size > MAX_HEAD) {
                throw new IllegalStateException("answer head over " + MAX_HEAD + " bytes");
            }
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : line.substring(colon + 1).trim();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return null;
    }

    private byte[] body(Map<String, List<String>> headers) throws IOException {
        String chunked = String.valueOf(headers.get("transfer-encoding")).toLowerCase(Locale.ROOT);
        if (chunked.contains("chunked")) {
            return chunkedBody();
        }
        List<String> length = headers.get("content-length");
        if (length != null) {
            return exactly(Integer.parseInt(length.get(0)));
        }
        return untilClose();
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            if (sizeLine == null) {
                throw new IllegalStateException("chunked answer cut short");
            }
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
            if (size == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailer fields are read and dropped
                }
                return body.toByteArray();
            }
            body.write(exactly(size));
            line();
        }
    }

    private byte[] exactly(int length) throws IOException {
        if (length > MAX_BODY) {
            throw new IllegalStateException("answer body of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            end = End.CLOSED;
        }
        return bytes;
    }

    private byte[] untilClose() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY) {
                    throw new IllegalStateException("answer body over " + MAX_BODY + " bytes");
                }
            }
            end = End.CLOSED;
        } catch (SocketTimeoutException e) {
            end = End.SILENT;
        }
        return body.toByteArray();
    }

    /** One CRLF-terminated line, or null when the server closed or stayed silent. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int c = in.read(); ; c = in.read()) {
                if (c < 0) {
                    end = End.CLOSED;
                    return null;
                }
                if (c == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                }
                line.write(c);
                if (line.size() > MAX_HEAD) {
                    throw new IllegalStateException("answer line over " + MAX_HEAD + " bytes");
                }
            }
        } catch (SocketTimeoutException e) {
            end = End.SILENT;
            return null;
        } catch (SocketException e) {
            end = End.CLOSED;
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
