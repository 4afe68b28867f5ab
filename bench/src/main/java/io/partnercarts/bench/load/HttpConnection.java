package io.partnercarts.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection on a plain blocking socket: writes a request, reads one answer
 * (status line, headers, a body framed by Content-Length, chunked or the end of the connection), and
 * opens a new socket when the server closed the last one. Written by hand on purpose: a client library
 * would bring its own pool and queue, and an open-loop generator must send exactly when it means to.
 */
final class HttpConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(InetSocketAddress server) {
        this.server = server;
    }

    /** Sends one request and reads its whole answer; any IOException leaves the connection closed. */
    HttpAnswer exchange(byte[] request) throws IOException {
        try {
            if (socket == null) {
                open();
            }
            out.write(request);
            out.flush();
            HttpAnswer answer = read(in);
            if (answer.closesConnection()) {
                close();
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.setSoTimeout(TIMEOUT_MILLIS);
        opened.connect(server, TIMEOUT_MILLIS);
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        out = opened.getOutputStream();
    }

    /** Reads one HTTP/1.x answer from the stream. */
    static HttpAnswer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        boolean close = parts[0].equals("HTTP/1.0");
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.endsWith("chunked");
                case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
                default -> {}
            }
        }
        byte[] body;
        if (status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if (chunked) {
            body = chunkedBody(in);
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new EOFException("answer body cut short");
            }
        } else {
            body = in.readAllBytes();
            close = true;
        }
        return new HttpAnswer(status, body, close);
    }

    private static byte[] chunkedBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int extension = size.indexOf(';');
            int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (length == 0) {
                while (!line(in).isEmpty()) {
                    // trailer fields: not needed
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new EOFException("chunk cut short");
            }
            body.write(chunk);
            line(in);
        }
    }

    /** A line up to CRLF (or LF), without it, as ISO-8859-1. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** A request's bytes: HTTP/1.1 with the Host, the bench's bearer token and the body, if any. */
    static byte[] request(String method, String path, InetSocketAddress server, byte[] body) {
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(server.getHostString())
                .append(':')
                .append(server.getPort())
                .append("\r\n")
                .append("Authorization: Bearer bench\r\n")
                .append("Accept: application/json\r\n");
        if (body.length > 0) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket the server may already have closed
            }
            socket = null;
        }
    }

    /** A status, a body and whether the server closes the connection after it. */
    record HttpAnswer(int status, byte[] body, boolean closesConnection) {}
}
