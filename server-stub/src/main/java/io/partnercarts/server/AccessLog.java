package io.partnercarts.server;

import io.partnercarts.server.http.RequestIds;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * One line per request, refused ones included: method, path, status, milliseconds, MS-RequestId,
 * MS-CorrelationId (as answered, so generated ids show too). Jetty hands each request over once its
 * answer is sent; the line is written by a thread of its own, in batches. Request threads printing
 * straight to the stream queue on its lock, one write each.
 */
final class AccessLog extends AbstractLifeCycle implements RequestLog {
    private static final int QUEUED_LINES = 8192;
    private static final String STOP = new String("end of the log"); // told apart by identity, not text

    private final PrintStream out;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUED_LINES);
    private final Thread writer = new Thread(this::writeLines, "partner-carts-access-log");

    AccessLog(PrintStream out) {
        this.out = out;
        writer.setDaemon(true);
    }

    @Override
    public void log(Request request, Response response) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        String line = request.getMethod() + ' ' + orDash(path) + ' ' + response.getStatus() + ' '
                + NanoTime.millisSince(request.getBeginNanoTime()) + "ms"
                + " MS-RequestId=" + orDash(response.getHeaders().get(RequestIds.REQUEST_ID))
                + " MS-CorrelationId=" + orDash(response.getHeaders().get(RequestIds.CORRELATION_ID));
        if (!isStarted()) {
            out.println(line); // a request answered while the server stops
            return;
        }
        try {
            lines.put(line); // waits only while the stream is slower than the requests
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void doStart() {
        writer.start();
    }

    /** Writes what is queued, then stops; lines logged from now on are written by the request threads. */
    @Override
    protected void doStop() throws InterruptedException {
        lines.put(STOP);
        writer.join();
        List<String> late = new ArrayList<>();
        lines.drainTo(late);
        late.forEach(out::println);
    }

    private void writeLines() {
        List<String> batch = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            try {
                batch.add(lines.take());
            } catch (InterruptedException e) {
                return;
            }
            lines.drainTo(batch);
            for (String line : batch) {
                if (line == STOP) {
                    out.print(text);
                    out.flush();
                    return;
                }
                text.append(line).append(System.lineSeparator());
            }
            out.print(text);
            out.flush();
            text.setLength(0);
            batch.clear();
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
