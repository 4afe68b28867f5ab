package io.partnercarts.bench.report;

import io.partnercarts.bench.report.GcLog.Pause;
import io.partnercarts.bench.report.SvgChart.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns bench/soak's samples into soak.md and soak.svg: resident memory and heap after GC over time,
 * the open-loop latency per interval, and a verdict on the memory once the cart cap is reached: the
 * slope of its last half against its first half.
 * Usage: {@code SoakReport soak.tsv gc.log load.txt soak.md soak.svg}. Exits 3 when the load counted
 * failed requests and 4 when memory still grows after the cap.
 */
public final class SoakReport {
    /**
     * Growth (MB a minute) below which memory counts as flat: this, or 2% of its level, whichever is more. The
     * heap a full GC leaves varies by a few percent with the requests in flight (99 to 104 MB at a steady
     * 100 MB in a soak of 20,000 carts), which over a five-minute half reads as 1 MB a minute; a leak of even
     * the create requests' records alone (150 bytes at 350 creates a second, 3 MB a minute) is still caught.
     */
    private static final double FLAT_MB_PER_MINUTE = 1.0;

    private final Results samples;
    private final double loadStart;
    private final double capAt;
    private final double[] minutes;
    private final double[] rss;
    private final double[] lowestAfterGc;
    private final int[] pauses;
    private final double[] intervalP99;
    private final List<Pause> fullGcs;
    private final Map<String, String> load;

    private SoakReport(Results samples, List<Pause> gc, List<String> loadOutput) {
        this.samples = samples;
        this.loadStart = Double.parseDouble(samples.describe("load_started_s"));
        String cap = samples.describe("cap_reached_s");
        this.capAt = cap.isEmpty() || cap.equals("none") ? Double.NaN : Double.parseDouble(cap);
        List<Map<String, String>> rows = samples.rows();
        int n = rows.size();
        minutes = new double[n];
        rss = new double[n];
        lowestAfterGc = new double[n];
        pauses = new int[n];
        intervalP99 = new double[n];
        Map<Long, Double> p99BySecond = new HashMap<>();
        Map<String, String> finalLine = Map.of();
        for (String line : loadOutput) {
            Map<String, String> fields = fields(line);
            if (line.startsWith("INTERVAL ")) {
                p99BySecond.put(
                        Long.parseLong(fields.get("elapsed_s")), Double.parseDouble(fields.get("p99_us")) / 1000);
            } else if (line.startsWith("OPEN ")) {
                finalLine = fields;
            }
        }
        this.load = finalLine;
        double previous = loadStart;
        for (int i = 0; i < n; i++) {
            double at = Double.parseDouble(rows.get(i).get("elapsed_s"));
            minutes[i] = (at - loadStart) / 60;
            rss[i] = Double.parseDouble(rows.get(i).get("rss_kb")) / 1024;
            double from = previous;
            List<Pause> inWindow = gc.stream()
                    .filter(p -> p.uptimeSeconds() > from && p.uptimeSeconds() <= at)
                    .toList();
            pauses[i] = inWindow.size();
            lowestAfterGc[i] =
                    inWindow.stream().mapToDouble(Pause::afterMegabytes).min().orElse(Double.NaN);
            intervalP99[i] = nearest(p99BySecond, at - loadStart, (at - previous) / 2);
            previous = at;
        }
        String ended = samples.describe("load_ended_s");
        double loadEnd = ended.isEmpty() ? Double.MAX_VALUE : Double.parseDouble(ended);
        this.fullGcs = gc.stream()
                .filter(p -> p.full() && p.uptimeSeconds() > loadStart && p.uptimeSeconds() <= loadEnd)
                .toList();
    }

    public static void main(String[] args) throws IOException {
        int status = write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Writes the report; answers 0, 3 when requests failed, or 4 when memory grows after the cap. */
    static int write(Path samples, Path gcLog, Path loadOutput, Path markdown, Path svg) throws IOException {
        SoakReport report = new SoakReport(Results.read(samples), GcLog.read(gcLog), Files.readAllLines(loadOutput));
        Verdict verdict = report.verdict();
        Files.writeString(markdown, report.markdown(verdict));
        Files.writeString(svg, report.svg());
        System.out.println("soak verdict: " + verdict.word() + ": " + verdict.reason());
        if (report.failedRequests() > 0) {
            System.err.println("INVALID: the load counted " + report.failedRequests() + " failed requests");
            return 3;
        }
        return verdict.word().equals("GROWING") ? 4 : 0;
    }

    private record Verdict(String word, String reason) {}

    /** The memory measure the verdict reads, in MB at minutes since the load began. */
    private record Series(String name, double[] minutes, double[] megabytes) {
        Series from(double minute) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < minutes.length; i++) {
                if (minutes[i] >= minute && !Double.isNaN(megabytes[i])) {
                    kept.add(i);
                }
            }
            return new Series(
                    name,
                    kept.stream().mapToDouble(i -> minutes[i]).toArray(),
                    kept.stream().mapToDouble(i -> megabytes[i]).toArray());
        }

        double slope(int from, int to) {
            return Stats.slope(Arrays.copyOfRange(minutes, from, to), Arrays.copyOfRange(megabytes, from, to));
        }
    }

    /**
     * From the cap on (or over the whole load when there is none), the slope of the heap in its first and
     * last half: after each full GC where there are enough of them, else the lowest after GC per sample.
     */
    private Verdict verdict() {
        boolean capped = !Double.isNaN(capAt);
        double from = capped ? (capAt - loadStart) / 60 : 0;
        Series fullGc = new Series(
                        "heap after a full GC",
                        fullGcs.stream()
                                .mapToDouble(p -> (p.uptimeSeconds() - loadStart) / 60)
                                .toArray(),
                        fullGcs.stream().mapToDouble(Pause::afterMegabytes).toArray())
                .from(from);
        Series heap = fullGc.minutes().length >= 4
                ? fullGc
                : new Series("lowest heap after GC per sample", minutes, lowestAfterGc).from(from);
        int n = heap.minutes().length;
        if (n < 4) {
            return new Verdict(
                    "TOO SHORT",
                    String.format(
                            "%s leaves %d heap samples; run longer (--minutes)",
                            capped ? String.format("the cap, reached at minute %.1f (estimated),", from) : "the load",
                            n));
        }
        double first = heap.slope(0, n / 2);
        double last = heap.slope(n / 2, n);
        double flat = Math.max(
                FLAT_MB_PER_MINUTE, Arrays.stream(heap.megabytes()).average().orElse(0) / 50);
        Series resident = new Series("RSS", minutes, rss).from(from);
        int r = resident.minutes().length;
        String slopes = String.format(
                "%s: %+.2f MB/min in the first half, %+.2f MB/min in the last half"
                        + " (flat below %.2f MB/min); RSS: %+.2f then %+.2f MB/min",
                heap.name(), first, last, flat, resident.slope(0, r / 2), resident.slope(r / 2, r));
        if (!capped) {
            return new Verdict(
                    "NO CAP",
                    "the jar has no --max-carts, so every cart is kept and memory grows by"
                            + " design; over the whole load, " + slopes);
        }
        return new Verdict(
                last <= flat ? "STABLE" : "GROWING",
                String.format("after the cap (minute %.1f, estimated), %s", from, slopes));
    }

    /** The value whose second is nearest to the given one, if within the tolerance; NaN otherwise. */
    private static double nearest(Map<Long, Double> bySecond, double second, double tolerance) {
        return bySecond.entrySet().stream()
                .filter(e -> Math.abs(e.getKey() - second) <= tolerance)
                .min((a, b) -> Double.compare(Math.abs(a.getKey() - second), Math.abs(b.getKey() - second)))
                .map(Map.Entry::getValue)
                .orElse(Double.NaN);
    }

    private long failedRequests() {
        return load.isEmpty()
                ? 1
                : Long.parseLong(load.get("unexpected"))
                        + Long.parseLong(load.get("errors"))
                        + Long.parseLong(load.get("unsent"));
    }

    private String markdown(Verdict verdict) {
        StringBuilder md = new StringBuilder("# Soak: the sandbox under create+checkout\n\n");
        if (samples.quick()) {
            md.append("> **QUICK RUN**: a trial of the pieces, far too short for a verdict.\n\n");
        }
        md.append(samples.runDescription())
                .append("- Sandbox: ")
                .append(samples.describe("sandbox"))
                .append('\n')
                .append("- Load: open loop, create+checkout at ")
                .append(samples.describe("rate"))
                .append(" req/s (")
                .append(samples.describe("rate_source"))
                .append(") for ")
                .append(samples.describe("minutes"))
                .append(" min; forced full GC every ")
                .append(samples.describe("gc_every_s"))
                .append(" s\n\n");
        md.append("## Verdict: ")
                .append(verdict.word())
                .append("\n\n")
                .append(capitalised(verdict.reason()))
                .append(".\n\n");
        md.append("Load: ")
                .append(
                        load.isEmpty()
                                ? "no result (the generator failed)"
                                : String.format(
                                        "%s requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms; unexpected %s, socket errors %s, unsent %s; statuses %s",
                                        load.get("count"),
                                        us(load, "p50_us"),
                                        us(load, "p99_us"),
                                        us(load, "max_us"),
                                        load.get("unexpected"),
                                        load.get("errors"),
                                        load.get("unsent"),
                                        load.get("statuses")))
                .append(failedRequests() > 0 ? " **INVALID**" : "")
                .append(".\n\n");
        md.append("## Samples\n\n| time of load | RSS MB | lowest heap after GC MB | GCs | p99 ms (interval) |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < minutes.length; i++) {
            md.append(String.format(
                    "| %s | %.0f | %s | %d | %s |%n",
                    clock(minutes[i]),
                    rss[i],
                    BenchReport.format(lowestAfterGc[i], 1),
                    pauses[i],
                    BenchReport.format(intervalP99[i], 1)));
        }
        md.append("\n## Heap after each full GC during the load\n\n| time of load | heap MB |\n|---:|---:|\n");
        for (Pause pause : fullGcs) {
            md.append(String.format(
                    "| %s | %.1f |%n", clock((pause.uptimeSeconds() - loadStart) / 60), pause.afterMegabytes()));
        }
        md.append("\nFinal, after the load: RSS ")
                .append(BenchReport.format(kb("final_rss_kb"), 0))
                .append(" MB, heap after a full GC ")
                .append(BenchReport.format(kb("final_heap_after_gc_kb"), 1))
                .append(" MB. Raw samples: `soak.tsv`; plot: `soak.svg`.\n");
        return md.toString();
    }

    private String svg() {
        double[] fullMinutes = fullGcs.stream()
                .mapToDouble(p -> (p.uptimeSeconds() - loadStart) / 60)
                .toArray();
        double[] fullHeap = fullGcs.stream().mapToDouble(Pause::afterMegabytes).toArray();
        String title = samples.quick() ? " (QUICK RUN)" : "";
        String memory = SvgChart.lines(
                "Sandbox memory under create+checkout" + title,
                "minutes of load",
                "MB",
                List.of(
                        new Line("RSS", "#d9534f", minutes, rss),
                        new Line("heap after GC (lowest)", "#5b8def", minutes, lowestAfterGc),
                        new Line("heap after full GC", "#2e9e5b", fullMinutes, fullHeap)),
                900,
                380);
        String latency = SvgChart.lines(
                "Open-loop latency p99 per interval" + title,
                "minutes of load",
                "milliseconds",
                List.of(new Line("p99", "#d9534f", minutes, intervalP99)),
                900,
                300);
        return SvgChart.document(900, List.of(memory, latency), List.of(380, 300));
    }

    private double kb(String key) {
        String value = samples.describe(key);
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value) / 1024;
    }

    private static double us(Map<String, String> fields, String key) {
        return Double.parseDouble(fields.get(key)) / 1000;
    }

    /** Minutes as m:ss. */
    private static String clock(double minutes) {
        long seconds = Math.round(minutes * 60);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The key=value words of a generator line. */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String word : line.split(" ")) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                fields.put(word.substring(0, equals), word.substring(equals + 1));
            }
        }
        return fields;
    }
}
