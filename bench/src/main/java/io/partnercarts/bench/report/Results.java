package io.partnercarts.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A results file of bench/run, bench/soak or bench/postgres: {@code # key: value} lines describing the run, then a
 * tab-separated table with a header line. Cells are read by column name.
 */
final class Results {
    private final Map<String, String> description;
    private final List<Map<String, String>> rows;

    private Results(Map<String, String> description, List<Map<String, String>> rows) {
        this.description = description;
        this.rows = rows;
    }

    static Results read(Path file) throws IOException {
        Map<String, String> description = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        String[] columns = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# ")) {
                int colon = line.indexOf(':');
                description.put(
                        line.substring(2, colon).trim(),
                        line.substring(colon + 1).trim());
            } else if (!line.isBlank() && columns == null) {
                columns = line.split("\t");
            } else if (!line.isBlank()) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.length && i < cells.length; i++) {
                    row.put(columns[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return new Results(description, rows);
    }

    /** A {@code # key: value} line's value, or "" when the file has none. */
    String describe(String key) {
        return description.getOrDefault(key, "");
    }

    boolean quick() {
        return describe("quick").equals("yes");
    }

    /**
     * A report's title, then a warning when the run was quick and one when it was invalid (rows marked
     * INVALID counted answers other than the expected status, or FAILURES).
     */
    String heading(String title, boolean invalid, String failures) {
        return "# " + title + "\n\n"
                + (quick()
                        ? "> **QUICK RUN**: a trial of the pieces with short phases, not a measurement to compare.\n\n"
                        : "")
                + (invalid
                        ? "> **INVALID RUN**: rows marked INVALID counted answers other than the expected status, "
                                + failures + ".\n\n"
                        : "");
    }

    /** Markdown list items: when, from which commit, on what machine (how idle, how loaded) and with which command. */
    String runDescription() {
        String idle = describe("idle before")
                + (describe("idle after").isEmpty() ? "" : "; after: " + describe("idle after"));
        return "- Date: " + describe("date") + "\n"
                + "- Commit: " + describe("commit") + "\n"
                + "- Machine: " + describe("cpus") + " CPUs, " + describe("cpu") + "; " + describe("java")
                + (describe("wrk").isEmpty() ? "" : "; " + describe("wrk")) + "\n"
                + "- CPUs before: " + idle + "\n"
                + (describe("load before").isEmpty()
                        ? ""
                        : "- Load average (1, 5, 15 min) before: " + describe("load before")
                                + (describe("load after").isEmpty() ? "" : "; after: " + describe("load after"))
                                + "\n")
                + "- Command: `" + describe("command") + "`\n";
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    /** bench/run's long table: the rounds present, in order. */
    List<Integer> rounds() {
        TreeSet<Integer> rounds = new TreeSet<>();
        rows.forEach(row -> rounds.add(Integer.parseInt(row.get("round"))));
        return new ArrayList<>(rounds);
    }

    /** bench/run's long table: every value of one measure in one round (several for start-ups). */
    List<String> values(int round, String server, String scenario, String metric) {
        return rows.stream()
                .filter(row -> Integer.parseInt(row.get("round")) == round
                        && row.get("server").equals(server)
                        && row.get("scenario").equals(scenario)
                        && row.get("metric").equals(metric))
                .map(row -> row.get("value"))
                .toList();
    }

    Optional<Double> number(int round, String server, String scenario, String metric) {
        return values(round, server, scenario, metric).stream().findFirst().map(Double::valueOf);
    }
}
