package io.partnercarts.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakReportTest {
    private static final String LOAD_OK = "OPEN rate=100.0 connections=16 count=60000 achieved_rps=100.0 p50_us=900"
            + " p99_us=5000 max_us=20000 unexpected=0 errors=0 unsent=0 statuses=201:60000\n";

    @TempDir
    Path dir;

    /** Ten minutes sampled every 10 s from uptime 30 s, the cap reached at uptime 150 s, a full GC each minute. */
    private int soak(IntToDoubleFunction heapAtMinute, String load) throws IOException {
        StringBuilder tsv = new StringBuilder(
                "# load_started_s: 30.0\n# cap_reached_s: 150.0\n# quick: no\n" + "elapsed_s\trss_kb\n");
        for (int k = 1; k <= 60; k++) {
            tsv.append(30 + 10 * k).append('\t').append(400_000).append('\n');
        }
        StringBuilder gc = new StringBuilder("[0.003s][info][gc] Using Serial\n");
        for (int minute = 1; minute <= 10; minute++) {
            gc.append(String.format(
                    Locale.ROOT,
                    "[%d.500s][info][gc] GC(%d) Pause Full (Diagnostic Command) 300M->%dM(1024M) 80.1ms%n",
                    30 + 60 * minute,
                    minute,
                    Math.round(heapAtMinute.applyAsDouble(minute))));
        }
        Files.writeString(dir.resolve("soak.tsv"), tsv);
        Files.writeString(dir.resolve("gc.log"), gc);
        Files.writeString(dir.resolve("load.txt"), load);
        return SoakReport.write(
                dir.resolve("soak.tsv"),
                dir.resolve("gc.log"),
                dir.resolve("load.txt"),
                dir.resolve("soak.md"),
                dir.resolve("soak.svg"));
    }

    @Test
    void aHeapThatLevelsOffAfterTheCapIsStable() throws IOException {
        assertThat(soak(minute -> minute < 3 ? 100 * minute : 300, LOAD_OK)).isZero();
        assertThat(Files.readString(dir.resolve("soak.md"))).contains("## Verdict: STABLE");
        assertThat(Files.readString(dir.resolve("soak.svg"))).startsWith("<svg").contains("heap after full GC");
    }

    @Test
    void aHeapStillGrowingAfterTheCapIsReported() throws IOException {
        assertThat(soak(minute -> 100 + 20 * minute, LOAD_OK)).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("soak.md"))).contains("## Verdict: GROWING");
    }

    @Test
    void failedRequestsMakeTheSoakInvalid() throws IOException {
        assertThat(soak(minute -> 300, LOAD_OK.replace("errors=0", "errors=2"))).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("soak.md"))).contains("**INVALID**");
    }
}
