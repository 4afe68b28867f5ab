package io.partnercarts.bench.load;

import io.partnercarts.bench.load.HttpConnection.HttpAnswer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load generator after wrk2: each of N connections sends at rate R/N on a fixed schedule,
 * one thread per connection, and a request's latency is measured from the time it was meant to be sent.
 * When the server stalls, every request that should have gone out meanwhile is late by the stall, so the
 * percentiles are free of coordinated omission. Latencies count from the end of the generator's own
 * warm-up ({@code --warmup}); statuses and errors count from the start. Prints one
 * {@code OPEN key=value ...} line at the end, and with {@code --report-every S} an {@code INTERVAL ...}
 * line every S seconds.
 *
 * <pre>
 * java -cp bench.jar io.partnercarts.bench.load.OpenLoopLoad --port 8080 --rate 500 --duration 20 \
 *     --scenario post|get|create+checkout --path /v1/customers/ID/carts [--body FILE] \
 *     [--connections 16] [--warmup 2] [--report-every 10]
 * </pre>
 */
public final class OpenLoopLoad {
    /** Past the end of the schedule, how long late requests may still go out before they count as unsent. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final InetSocketAddress server;
    private final Supplier<LoadScenario> scenario;
    private final double rate;
    private final int connections;
    private final Recorder latencies = new Recorder(3);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder unexpected = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder unsent = new LongAdder();

    private OpenLoopLoad(InetSocketAddress server, Supplier<LoadScenario> scenario, double rate, int connections) {
        this.server = server;
        this.scenario = scenario;
        this.rate = rate;
        this.connections = connections;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        InetSocketAddress server = new InetSocketAddress(
                options.getOrDefault("host", "127.0.0.1"), Integer.parseInt(required(options, "port")));
        byte[] body = options.containsKey("body") ? Files.readAllBytes(Path.of(options.get("body"))) : new byte[0];
        Supplier<LoadScenario> scenario =
                LoadScenario.named(required(options, "scenario"), required(options, "path"), body, server);
        OpenLoopLoad load = new OpenLoopLoad(
                server,
                scenario,
                Double.parseDouble(required(options, "rate")),
                Integer.parseInt(options.getOrDefault("connections", "16")));
        load.run(
                seconds(options.getOrDefault("warmup", "2")),
                seconds(required(options, "duration")),
                seconds(options.getOrDefault("report-every", "0")));
    }

    private void run(long warmupNanos, long durationNanos, long reportEveryNanos) throws InterruptedException {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long measuredFrom = start + warmupNanos;
        long end = measuredFrom + durationNanos;
        long interval = Math.round(1e9 * connections / rate);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long first = start + interval * i / connections;
            Thread thread = new Thread(() -> sendOnSchedule(first, interval, measuredFrom, end), "open-loop-" + i);
            thread.start();
            threads.add(thread);
        }
        Histogram total = new Histogram(3);
        for (long next = measuredFrom + reportEveryNanos;
                reportEveryNanos > 0 && next <= end;
                next += reportEveryNanos) {
            parkUntil(next);
            Histogram latest = latencies.getIntervalHistogram();
            total.add(latest);
            System.out.println("INTERVAL elapsed_s=" + TimeUnit.NANOSECONDS.toSeconds(next - measuredFrom)
                    + " " + summary(latest, reportEveryNanos) + " unexpected_so_far=" + unexpected.sum()
                    + " errors_so_far=" + errors.sum());
        }
        for (Thread thread : threads) {
            thread.join();
        }
        total.add(latencies.getIntervalHistogram());
        System.out.println("OPEN rate=" + rate + " connections=" + connections + " " + summary(total, durationNanos)
                + " unexpected=" + unexpected.sum() + " errors=" + errors.sum() + " unsent=" + unsent.sum()
                + " statuses=" + statusCounts());
    }

    /** One connection's schedule: request k is due at first + k * interval, whether or not the last was late. */
    private void sendOnSchedule(long first, long interval, long measuredFrom, long end) {
        LoadScenario flow = scenario.get();
        try (HttpConnection connection = new HttpConnection(server)) {
            for (long due = first; due < end; due += interval) {
                long now = System.nanoTime();
                if (now > end + GRACE_NANOS) {
                    unsent.increment();
                    latencies.recordValue(TimeUnit.NANOSECONDS.toMicros(now - due)); // at least this late
                    continue;
                }
                parkUntil(due);
                try {
                    HttpAnswer answer = connection.exchange(flow.nextRequest());
                    long latency = System.nanoTime() - due;
                    if (due >= measuredFrom) {
                        latencies.recordValue(TimeUnit.NANOSECONDS.toMicros(latency));
                    }
                    statuses.computeIfAbsent(answer.status(), s -> new LongAdder())
                            .increment();
                    if (!flow.accept(answer)) {
                        unexpected.increment();
                    }
                } catch (IOException | RuntimeException e) {
                    errors.increment();
                }
            }
        }
    }

    private static void parkUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static String summary(Histogram latency, long nanos) {
        return "count=" + latency.getTotalCount()
                + " achieved_rps=" + String.format(Locale.ROOT, "%.1f", latency.getTotalCount() * 1e9 / nanos)
                + " p50_us=" + latency.getValueAtPercentile(50)
                + " p99_us=" + latency.getValueAtPercentile(99)
                + " max_us=" + latency.getMaxValue();
    }

    /** Every status answered, warm-up included, as {@code 201:1234,500:2}. */
    private String statusCounts() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts.isEmpty()
                ? "none"
                : counts.entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(","));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static long seconds(String value) {
        return Math.round(Double.parseDouble(value) * 1e9);
    }
}
