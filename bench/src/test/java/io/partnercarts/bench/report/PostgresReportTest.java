package io.partnercarts.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresReportTest {
    @TempDir
    Path dir;

    /** Two rounds; each setup's req/s is its base times the round (so every ratio is the same in both). */
    private int report(int unexpectedInTwoInstances) throws IOException {
        StringBuilder tsv =
                new StringBuilder("# quick: no\n# settings: rounds 2\nround\tserver\tscenario\tmetric\tvalue\n");
        String[][] bases = {
            {"memory", "2000"},
            {"postgres", "500"},
            {"postgres-fast", "1000"},
            {"postgres-lb", "400"},
            {"postgres-2-lb", "300"}
        };
        for (int round = 1; round <= 2; round++) {
            for (String[] base : bases) {
                for (String scenario : PostgresReport.SCENARIOS) {
                    double rps = Double.parseDouble(base[1]) * round;
                    row(tsv, round, base[0], scenario, "closed_rps", rps);
                    row(tsv, round, base[0], scenario, "closed_requests", rps * 10);
                    row(tsv, round, base[0], scenario, "cpu_sandbox_ms", rps * 10 * 0.2);
                    if (!base[0].equals("memory")) {
                        row(tsv, round, base[0], scenario, "cpu_postgres_ms", rps * 10 * 0.3);
                    }
                    row(tsv, round, base[0], scenario, "closed_p50_us", 8000);
                    row(tsv, round, base[0], scenario, "closed_p99_us", 30000);
                    row(
                            tsv,
                            round,
                            base[0],
                            scenario,
                            "closed_unexpected",
                            base[0].equals("postgres-2-lb") && round == 2 ? unexpectedInTwoInstances : 0);
                    row(tsv, round, base[0], scenario, "cpu_server_busy_pct", 99);
                    row(tsv, round, base[0], scenario, "cpu_load_busy_pct", 40);
                    row(tsv, round, base[0], scenario, "answered_by_1", 600);
                    if (base[0].equals("postgres-2-lb")) {
                        row(tsv, round, base[0], scenario, "answered_by_2", 200);
                    }
                }
            }
        }
        Files.writeString(dir.resolve("postgres.tsv"), tsv);
        return PostgresReport.write(
                dir.resolve("postgres.tsv"), dir.resolve("postgres.md"), dir.resolve("postgres.svg"));
    }

    private static void row(StringBuilder tsv, int round, String server, String scenario, String metric, double value) {
        tsv.append(round)
                .append('\t')
                .append(server)
                .append('\t')
                .append(scenario)
                .append('\t')
                .append(metric)
                .append('\t')
                .append(value)
                .append('\n');
    }

    @Test
    void reportsMediansAndTheRatiosOfEachRound() throws IOException {
        assertThat(report(0)).isZero();
        String md = Files.readString(dir.resolve("postgres.md"));
        assertThat(md)
                .contains("| create | one instance, in memory | 3,000 | 8.0 | 30.0 | 99% / 40% | – | 0 |")
                .contains("| create+checkout | two instances (A and B), one PostgreSQL, behind nginx | 450 |")
                .contains("1,200 / 400 (75% / 25%)")
                .contains("| create | 0.25 (0.25–0.25) | 0.50 (0.50–0.50) | 0.80 (0.80–0.80) | 0.75 (0.75–0.75) |")
                .contains("| create | one instance, in memory | 200 | – | 200 | 1.00 |")
                .contains("| create | one instance, PostgreSQL | 200 | 300 | 500 | 2.50 |")
                .doesNotContain("**INVALID");
        assertThat(Files.readString(dir.resolve("postgres.svg")))
                .startsWith("<svg")
                .contains("2 × PG, nginx");
    }

    @Test
    void anUnexpectedStatusMakesTheRunInvalid() throws IOException {
        assertThat(report(3)).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("postgres.md")))
                .contains("**INVALID RUN**")
                .contains("| create **INVALID** | two instances (A and B), one PostgreSQL, behind nginx |");
    }
}
