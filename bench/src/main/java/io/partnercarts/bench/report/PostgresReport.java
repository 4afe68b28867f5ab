package io.partnercarts.bench.report;

import static io.partnercarts.bench.report.BenchReport.format;

import io.partnercarts.bench.report.SvgChart.Bars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns bench/postgres's results (postgres.tsv) into postgres.md, each setup's throughput and latency
 * and the ratios that matter (PostgreSQL against memory, two instances against one), and postgres.svg.
 * Exits 3 when a measure counted an unexpected status or a socket error: such a run is invalid.
 * Usage: {@code PostgresReport postgres.tsv postgres.md postgres.svg}.
 */
public final class PostgresReport {
    /** A setup as bench/postgres names it, how the report calls it, and its colour in the plot. */
    record Setup(String name, String label, String shortLabel, String color) {}

    static final Setup MEMORY = new Setup("memory", "one instance, in memory", "in memory", "#5b8def");
    static final Setup POSTGRES = new Setup("postgres", "one instance, PostgreSQL", "PostgreSQL", "#d9534f");
    static final Setup FAST = new Setup(
            "postgres-fast",
            "one instance, PostgreSQL with fsync, synchronous_commit and full_page_writes off (not durable)",
            "PG, fsync off",
            "#f0ad4e");
    static final Setup ONE_LB =
            new Setup("postgres-lb", "one instance, PostgreSQL, behind nginx", "1 × PG, nginx", "#8e6bbf");
    static final Setup TWO_LB = new Setup(
            "postgres-2-lb", "two instances (A and B), one PostgreSQL, behind nginx", "2 × PG, nginx", "#3c9d5d");

    static final List<Setup> SETUPS = List.of(MEMORY, POSTGRES, FAST, ONE_LB, TWO_LB);
    static final List<String> SCENARIOS = List.of("create", "create+checkout");

    /** A ratio of two setups' req/s, and what it is read as. */
    record Ratio(Setup numerator, Setup denominator, String heading) {}

    static final List<Ratio> RATIOS = List.of(
            new Ratio(POSTGRES, MEMORY, "PostgreSQL / memory"),
            new Ratio(FAST, MEMORY, "PostgreSQL, fsync off / memory"),
            new Ratio(ONE_LB, POSTGRES, "behind nginx / straight (one instance)"),
            new Ratio(TWO_LB, ONE_LB, "two instances / one (both behind nginx)"));

    private static final List<String> PROBLEMS =
            List.of("closed_unexpected", "closed_socket_errors", "closed_timeouts");

    private final Results results;
    private final List<Integer> rounds;

    PostgresReport(Results results) {
        this.results = results;
        this.rounds = results.rounds();
    }

    public static void main(String[] args) throws IOException {
        System.exit(write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    }

    /** Writes the report and the plot; 0, or 3 for an invalid run. */
    static int write(Path tsv, Path md, Path svg) throws IOException {
        PostgresReport report = new PostgresReport(Results.read(tsv));
        Files.writeString(md, report.markdown());
        Files.writeString(svg, report.svg());
        if (report.invalid()) {
            System.err.println("INVALID: some measure counted unexpected statuses or socket errors (" + md + ")");
            return 3;
        }
        return 0;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(results.heading(
                "Benchmark: the sandbox on PostgreSQL against in memory, one instance and two",
                invalid(),
                "socket errors or timeouts"));
        md.append(results.runDescription())
                .append("- Settings: ")
                .append(results.describe("settings"))
                .append('\n')
                .append("- PostgreSQL: ")
                .append(results.describe("postgresql"))
                .append("; ")
                .append(results.describe("disk"))
                .append('\n')
                .append("- Load balancer: ")
                .append(results.describe("nginx"))
                .append(", one worker, round-robin, 16 keep-alive connections to the instances, no access log\n")
                .append("- Pinning: ")
                .append(results.describe("pinning"))
                .append(" (two CPUs in all)\n")
                .append("- Sandbox: `java -jar partner-carts-server-stub-*-all.jar --port N` with default JVM")
                .append(" flags and access log (to a file), plus `--database-url jdbc:postgresql://127.0.0.1:…`")
                .append(" and `--database-user` on PostgreSQL (10 pooled connections per instance, the default)\n\n");

        md.append("## Throughput and latency\n\n")
                .append("| scenario | setup | req/s | p50 ms | p99 ms | CPU busy, servers / load | ")
                .append("answered by A / B | failed |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String scenario : SCENARIOS) {
            for (Setup setup : SETUPS) {
                long failed = failures(setup, scenario);
                md.append("| ")
                        .append(scenario)
                        .append(failed > 0 ? " **INVALID**" : "")
                        .append(" | ")
                        .append(setup.label())
                        .append(" | ")
                        .append(format(median(setup, scenario, "closed_rps"), 0))
                        .append(" | ")
                        .append(format(median(setup, scenario, "closed_p50_us") / 1000, 1))
                        .append(" | ")
                        .append(format(median(setup, scenario, "closed_p99_us") / 1000, 1))
                        .append(" | ")
                        .append(format(median(setup, scenario, "cpu_server_busy_pct"), 0))
                        .append("% / ")
                        .append(format(median(setup, scenario, "cpu_load_busy_pct"), 0))
                        .append("% | ")
                        .append(shares(setup, scenario))
                        .append(" | ")
                        .append(failed)
                        .append(" |\n");
            }
        }
        md.append("\nMedians over ")
                .append(rounds.size())
                .append(rounds.size() == 1 ? " round" : " rounds")
                .append(" of a closed loop, `wrk -t1 -c16`, straight to the instance or through nginx as the setup")
                .append(" says. Create posts the seed cart; create+checkout alternates creating a cart and checking")
                .append(" it out (behind nginx, the checkout often lands on the other instance). On PostgreSQL each")
                .append(" scenario starts on empty tables, right after a checkpoint. CPU busy: the servers' CPU")
                .append(" (sandbox instances and PostgreSQL) and the load's (wrk and nginx) while the loop ran,")
                .append(" counting any other work on the machine too.")
                .append(" Answered by A / B: the requests in each instance's access log, summed over the rounds.")
                .append(" Failed: answers other than 201, socket errors and timeouts; any makes the row INVALID.\n\n");

        md.append("## Ratios\n\n| scenario |");
        RATIOS.forEach(r -> md.append(' ').append(r.heading()).append(" |"));
        md.append("\n|---|");
        RATIOS.forEach(r -> md.append("---:|"));
        md.append('\n');
        for (String scenario : SCENARIOS) {
            md.append("| ").append(scenario).append(" |");
            RATIOS.forEach(
                    r -> md.append(' ').append(ratioWithRange(r, scenario)).append(" |"));
            md.append('\n');
        }
        md.append("\nRatios of req/s measured in the same round; the median over the rounds, the lowest and")
                .append(" highest round in brackets. All the servers share one CPU: the sandbox instances and")
                .append(" PostgreSQL on one, wrk and nginx on the other. Two instances therefore get no more CPU")
                .append(" than one: on this machine \"two / one\" measures what a second JVM on the same CPU")
                .append(" costs or gains, not what a second machine would add.\n\n");

        md.append("## CPU time per request\n\n")
                .append("| scenario | setup | sandbox µs | PostgreSQL µs | total µs | total against in memory |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        for (String scenario : SCENARIOS) {
            double memory = cpuPerRequest(MEMORY, scenario, "cpu_sandbox_ms", "cpu_postgres_ms");
            for (Setup setup : SETUPS) {
                double total = cpuPerRequest(setup, scenario, "cpu_sandbox_ms", "cpu_postgres_ms");
                md.append("| ")
                        .append(scenario)
                        .append(" | ")
                        .append(setup.label())
                        .append(" | ")
                        .append(format(cpuPerRequest(setup, scenario, "cpu_sandbox_ms"), 0))
                        .append(" | ")
                        .append(setup == MEMORY ? "–" : format(cpuPerRequest(setup, scenario, "cpu_postgres_ms"), 0))
                        .append(" | ")
                        .append(format(total, 0))
                        .append(" | ")
                        .append(format(total / memory, 2))
                        .append(" |\n");
            }
        }
        md.append("\nCPU time (user and system, from `/proc`) that the sandbox JVMs and PostgreSQL's processes")
                .append(" used during each loop, divided by the loop's requests; the median over the rounds.")
                .append(" It depends less than req/s on what else runs on the machine. The sandbox column counts")
                .append(
                        " all three JVMs, their JIT compiler and garbage collector included (the idle ones use next to nothing); nginx and wrk are not counted.\n\n");

        md.append("## Per round, req/s\n\n| round | scenario |");
        SETUPS.forEach(s -> md.append(' ').append(s.shortLabel()).append(" |"));
        md.append("\n|---:|---|");
        SETUPS.forEach(s -> md.append("---:|"));
        md.append('\n');
        for (int round : rounds) {
            for (String scenario : SCENARIOS) {
                md.append("| ").append(round).append(" | ").append(scenario).append(" |");
                for (Setup setup : SETUPS) {
                    md.append(' ')
                            .append(format(rps(round, setup, scenario).orElse(Double.NaN), 0))
                            .append(" |");
                }
                md.append('\n');
            }
        }
        md.append("\nThree instances live through the whole run: M in memory, A and B on one database. Each is")
                .append(" warmed up straight (no proxy), then the run waits until they are idle (their JIT compilers")
                .append(" done) before the first round. Odd rounds measure the setups in the")
                .append(" order of the columns, even rounds in the reverse order; the one-instance setups on")
                .append(" PostgreSQL use A in odd rounds and B in even ones, so that A and B do the same work.")
                .append(" Raw values: `postgres.tsv` beside this file. Plot: `postgres.svg`.\n");
        return md.toString();
    }

    String svg() {
        List<Bars> throughput = new ArrayList<>();
        List<Bars> latency = new ArrayList<>();
        for (Setup setup : SETUPS) {
            double[] rps = new double[SCENARIOS.size()];
            double[] p99 = new double[SCENARIOS.size()];
            for (int i = 0; i < SCENARIOS.size(); i++) {
                rps[i] = median(setup, SCENARIOS.get(i), "closed_rps");
                p99[i] = median(setup, SCENARIOS.get(i), "closed_p99_us") / 1000;
            }
            throughput.add(new Bars(setup.shortLabel(), setup.color(), rps));
            latency.add(new Bars(setup.shortLabel(), setup.color(), p99));
        }
        String quick = results.quick() ? " (QUICK RUN)" : "";
        return SvgChart.document(
                900,
                List.of(
                        SvgChart.groupedBars(
                                "Throughput, closed loop (wrk -t1 -c16)" + quick,
                                "requests per second",
                                SCENARIOS,
                                throughput,
                                900,
                                380),
                        SvgChart.groupedBars(
                                "Latency p99, closed loop" + quick, "milliseconds", SCENARIOS, latency, 900, 380)),
                List.of(380, 380));
    }

    boolean invalid() {
        return results.rows().stream()
                .anyMatch(row -> PROBLEMS.contains(row.get("metric")) && Double.parseDouble(row.get("value")) > 0);
    }

    private long failures(Setup setup, String scenario) {
        return Math.round(PROBLEMS.stream()
                .mapToDouble(metric -> sum(setup, scenario, metric))
                .sum());
    }

    private double sum(Setup setup, String scenario, String metric) {
        return rounds.stream()
                .mapToDouble(round ->
                        results.number(round, setup.name(), scenario, metric).orElse(0.0))
                .sum();
    }

    /** "a / b" of the requests each instance logged, with their shares; "–" for setups without a second. */
    private String shares(Setup setup, String scenario) {
        boolean two = rounds.stream()
                .anyMatch(round -> results.number(round, setup.name(), scenario, "answered_by_2")
                        .isPresent());
        if (!two) {
            return "–";
        }
        double first = sum(setup, scenario, "answered_by_1");
        double second = sum(setup, scenario, "answered_by_2");
        double total = first + second;
        return format(first, 0) + " / " + format(second, 0) + " (" + format(100 * first / total, 0) + "% / "
                + format(100 * second / total, 0) + "%)";
    }

    /** The median over the rounds of the CPU milliseconds of METRICS (summed, a missing one as 0) per request, in µs. */
    private double cpuPerRequest(Setup setup, String scenario, String... metrics) {
        List<Double> values = new ArrayList<>();
        for (int round : rounds) {
            Optional<Double> requests = results.number(round, setup.name(), scenario, "closed_requests");
            double ms = 0;
            for (String metric : metrics) {
                ms += results.number(round, setup.name(), scenario, metric).orElse(0.0);
            }
            if (requests.isPresent() && requests.get() > 0) {
                values.add(1000 * ms / requests.get());
            }
        }
        return Stats.median(values);
    }

    private Optional<Double> rps(int round, Setup setup, String scenario) {
        return results.number(round, setup.name(), scenario, "closed_rps");
    }

    private double median(Setup setup, String scenario, String metric) {
        List<Double> values = new ArrayList<>();
        for (int round : rounds) {
            results.number(round, setup.name(), scenario, metric).ifPresent(values::add);
        }
        return Stats.median(values);
    }

    private String ratioWithRange(Ratio ratio, String scenario) {
        List<Double> ratios = new ArrayList<>();
        for (int round : rounds) {
            Optional<Double> a = rps(round, ratio.numerator(), scenario);
            Optional<Double> b = rps(round, ratio.denominator(), scenario);
            if (a.isPresent() && b.isPresent()) {
                ratios.add(a.get() / b.get());
            }
        }
        String median = format(Stats.median(ratios), 2);
        return ratios.size() < 2
                ? median
                : median + " (" + format(Stats.min(ratios), 2) + "–" + format(Stats.max(ratios), 2) + ")";
    }
}
