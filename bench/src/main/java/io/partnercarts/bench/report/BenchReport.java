package io.partnercarts.bench.report;

import io.partnercarts.bench.report.SvgChart.Bars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns bench/run's results (latest.tsv) into latest.md, a table of every measure with the sandbox
 * beside the control, and latest.svg, throughput and open-loop p99 per scenario. Exits 3 when a
 * measure counted an unexpected status, a socket error or an unsent request: such a run is invalid.
 * Usage: {@code BenchReport latest.tsv latest.md latest.svg}.
 */
public final class BenchReport {
    private static final String SANDBOX = "sandbox";
    private static final String CONTROL = "control";
    private static final String SANDBOX_COLOR = "#d9534f";
    private static final String CONTROL_COLOR = "#5b8def";
    /** The metrics of a loop that count a failed request. */
    private static final List<String> PROBLEMS = List.of(
            "closed_unexpected",
            "closed_socket_errors",
            "closed_timeouts",
            "open_unexpected",
            "open_errors",
            "open_unsent");

    /** Each sandbox scenario and the control's scenario it is read against. */
    private record Comparison(String scenario, String control, String controlRequest) {}

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("create", "post", "POST /records"),
            new Comparison("get", "get", "GET /records/{id}"),
            new Comparison("create+checkout", "post", "POST /records"),
            new Comparison("repeated checkout", "post", "POST /records"));

    private final Results results;
    private final List<Integer> rounds;

    private BenchReport(Results results) {
        this.results = results;
        this.rounds = results.rounds();
    }

    public static void main(String[] args) throws IOException {
        BenchReport report = new BenchReport(Results.read(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), report.markdown());
        Files.writeString(Path.of(args[2]), report.svg());
        if (report.invalid()) {
            System.err.println("INVALID: some measure counted unexpected statuses or socket errors (" + args[1] + ")");
            System.exit(3);
        }
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(results.heading(
                "Benchmark: the sandbox against a bare Jersey control", invalid(), "socket errors or unsent requests"));
        md.append(results.runDescription())
                .append("- Settings: ")
                .append(results.describe("settings"))
                .append('\n')
                .append(
                        "- Servers: the sandbox as users run it (`java -jar partner-carts-server-stub-*-all.jar --port N`,")
                .append(" access log on, to a file) and the control (bare Jersey on Grizzly with Jackson, no filters:")
                .append(" `POST /records` stores a 312-byte JSON record, `GET /records/{id}` reads it), each pinned to")
                .append(" CPU 0 with default JVM flags; the load on CPU 1.\n\n");

        md.append("## Throughput and latency\n\n")
                .append("| scenario | sandbox req/s | control req/s | ratio (range) | closed p50 / p99 ms, sandbox")
                .append(" | closed p50 / p99 ms, control | open p99 / max ms, sandbox | open p99 / max ms, control")
                .append(" | failed, sandbox / control |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Comparison c : COMPARISONS) {
            long failed = failures(SANDBOX, c.scenario());
            long controlFailed = failures(CONTROL, c.control());
            md.append("| ")
                    .append(c.scenario())
                    .append(" (control: `")
                    .append(c.controlRequest())
                    .append("`)")
                    .append(failed + controlFailed > 0 ? " **INVALID**" : "")
                    .append(" | ")
                    .append(format(median(SANDBOX, c.scenario(), "closed_rps"), 0))
                    .append(" | ")
                    .append(format(median(CONTROL, c.control(), "closed_rps"), 0))
                    .append(" | ")
                    .append(ratioWithRange(c))
                    .append(" | ")
                    .append(latencyPair(SANDBOX, c.scenario(), "closed_p50_us", "closed_p99_us", false))
                    .append(" | ")
                    .append(latencyPair(CONTROL, c.control(), "closed_p50_us", "closed_p99_us", false))
                    .append(" | ")
                    .append(latencyPair(SANDBOX, c.scenario(), "open_p99_us", "open_max_us", true))
                    .append(" | ")
                    .append(latencyPair(CONTROL, c.control(), "open_p99_us", "open_max_us", true))
                    .append(" | ")
                    .append(failed)
                    .append(" / ")
                    .append(controlFailed)
                    .append(" |\n");
        }
        md.append("\nMedians over ")
                .append(rounds.size())
                .append(rounds.size() == 1 ? " round" : " rounds")
                .append("; the ratio is sandbox / control req/s, its range the lowest and highest round.")
                .append(" Closed loop: `wrk -t1 -c16`. Open loop: 16 connections at half of that scenario's own")
                .append(" closed-loop rate, latency from the intended send time (no coordinated omission); max is")
                .append(" the highest of the rounds. Create+checkout alternates creating a cart and checking it out;")
                .append(" repeated checkout checks out one ordered cart again and again (answered 201 each time).")
                .append(" Failed counts every answer other than the expected status, socket error, timeout and")
                .append(" unsent request in both loops of every round; any makes the row INVALID.\n\n");

        md.append("## Start-up and memory\n\n")
                .append("| measure | sandbox | control | ratio |\n|---|---:|---:|---:|\n");
        md.append(serverRow("start-up to the first 201 of a create (ms, median of every start)", "startup_ms", 1, 0));
        md.append(serverRow("resident memory once started (MB, VmRSS)", "started_rss_kb", 1024, 0));
        md.append(serverRow("heap in use once started, after a full GC (MB)", "started_heap_after_gc_kb", 1024, 1));
        md.append(serverRow("resident memory after the runs (MB, VmRSS)", "rss_kb", 1024, 0));
        md.append(serverRow("heap in use after the runs and a full GC (MB)", "heap_after_gc_kb", 1024, 1));
        md.append("| garbage collector (the JVM's choice on one CPU) | ")
                .append(String.join(", ", texts(SANDBOX, "gc")))
                .append(" | ")
                .append(String.join(", ", texts(CONTROL, "gc")))
                .append(" | |\n\n")
                .append("Medians over the rounds. After the runs, each server still holds what the runs created:")
                .append(" the sandbox its carts and checkouts, the control its records.\n\n");

        md.append(
                        "## Per round\n\n| round | scenario | sandbox req/s | control req/s | ratio | open-loop rate, sandbox / control |\n")
                .append("|---:|---|---:|---:|---:|---:|\n");
        for (int round : rounds) {
            for (Comparison c : COMPARISONS) {
                Optional<Double> sandbox = results.number(round, SANDBOX, c.scenario(), "closed_rps");
                Optional<Double> control = results.number(round, CONTROL, c.control(), "closed_rps");
                md.append("| ")
                        .append(round)
                        .append(" | ")
                        .append(c.scenario())
                        .append(" | ")
                        .append(format(sandbox.orElse(Double.NaN), 0))
                        .append(" | ")
                        .append(format(control.orElse(Double.NaN), 0))
                        .append(" | ")
                        .append(format(ratio(sandbox, control), 2))
                        .append(" | ")
                        .append(format(
                                results.number(round, SANDBOX, c.scenario(), "open_rate")
                                        .orElse(Double.NaN),
                                0))
                        .append(" / ")
                        .append(format(
                                results.number(round, CONTROL, c.control(), "open_rate")
                                        .orElse(Double.NaN),
                                0))
                        .append(" |\n");
            }
        }
        md.append("\nRaw values: `latest.tsv` beside this file. Plot: `latest.svg`.\n");
        return md.toString();
    }

    private String svg() {
        List<String> categories = COMPARISONS.stream().map(Comparison::scenario).toList();
        double[] sandboxRps = new double[categories.size()];
        double[] controlRps = new double[categories.size()];
        double[] sandboxP99 = new double[categories.size()];
        double[] controlP99 = new double[categories.size()];
        for (int i = 0; i < COMPARISONS.size(); i++) {
            Comparison c = COMPARISONS.get(i);
            sandboxRps[i] = median(SANDBOX, c.scenario(), "closed_rps");
            controlRps[i] = median(CONTROL, c.control(), "closed_rps");
            sandboxP99[i] = median(SANDBOX, c.scenario(), "open_p99_us") / 1000;
            controlP99[i] = median(CONTROL, c.control(), "open_p99_us") / 1000;
        }
        String quick = results.quick() ? " (QUICK RUN)" : "";
        String throughput = SvgChart.groupedBars(
                "Throughput, closed loop (wrk -t1 -c16)" + quick,
                "requests per second",
                categories,
                bars(sandboxRps, controlRps),
                900,
                380);
        String latency = SvgChart.groupedBars(
                "Latency p99, open loop at half of each maximum rate" + quick,
                "milliseconds",
                categories,
                bars(sandboxP99, controlP99),
                900,
                380);
        return SvgChart.document(900, List.of(throughput, latency), List.of(380, 380));
    }

    private static List<Bars> bars(double[] sandbox, double[] control) {
        return List.of(
                new Bars("sandbox", SANDBOX_COLOR, sandbox),
                new Bars("control (Jersey on Grizzly)", CONTROL_COLOR, control));
    }

    private boolean invalid() {
        return results.rows().stream()
                .anyMatch(row -> PROBLEMS.contains(row.get("metric")) && Double.parseDouble(row.get("value")) > 0);
    }

    private long failures(String server, String scenario) {
        long failed = 0;
        for (int round : rounds) {
            for (String metric : PROBLEMS) {
                failed += results.number(round, server, scenario, metric)
                        .orElse(0.0)
                        .longValue();
            }
        }
        return failed;
    }

    private List<Double> perRound(String server, String scenario, String metric) {
        List<Double> values = new ArrayList<>();
        for (int round : rounds) {
            results.values(round, server, scenario, metric).forEach(v -> values.add(Double.valueOf(v)));
        }
        return values;
    }

    private double median(String server, String scenario, String metric) {
        return Stats.median(perRound(server, scenario, metric));
    }

    private List<String> texts(String server, String metric) {
        return rounds.stream()
                .flatMap(r -> results.values(r, server, "-", metric).stream())
                .distinct()
                .toList();
    }

    private String ratioWithRange(Comparison c) {
        List<Double> ratios = new ArrayList<>();
        for (int round : rounds) {
            double ratio = ratio(
                    results.number(round, SANDBOX, c.scenario(), "closed_rps"),
                    results.number(round, CONTROL, c.control(), "closed_rps"));
            if (!Double.isNaN(ratio)) {
                ratios.add(ratio);
            }
        }
        return format(Stats.median(ratios), 2) + " (" + format(Stats.min(ratios), 2) + "–"
                + format(Stats.max(ratios), 2) + ")";
    }

    private static double ratio(Optional<Double> sandbox, Optional<Double> control) {
        return sandbox.isPresent() && control.isPresent() ? sandbox.get() / control.get() : Double.NaN;
    }

    /** "p50 / p99" (closed loop: medians) or "p99 / max" (open loop: median p99, highest max), in ms. */
    private String latencyPair(String server, String scenario, String first, String second, boolean secondIsMax) {
        double a = median(server, scenario, first) / 1000;
        List<Double> seconds = perRound(server, scenario, second);
        double b = (secondIsMax ? Stats.max(seconds) : Stats.median(seconds)) / 1000;
        return format(a, 1) + " / " + format(b, 1);
    }

    private String serverRow(String label, String metric, double divisor, int decimals) {
        double sandbox = median(SANDBOX, "-", metric) / divisor;
        double control = median(CONTROL, "-", metric) / divisor;
        return "| " + label + " | " + format(sandbox, decimals) + " | " + format(control, decimals) + " | "
                + format(sandbox / control, 2) + " |\n";
    }

    static String format(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value)
                ? "n/a"
                : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
