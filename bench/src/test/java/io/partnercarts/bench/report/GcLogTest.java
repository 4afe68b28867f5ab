package io.partnercarts.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.bench.report.GcLog.Pause;
import org.junit.jupiter.api.Test;

class GcLogTest {
    @Test
    void readsTheHeapAfterEachPauseOfG1AndSerial() {
        Pause young = GcLog.parse(
                        "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 4.123ms")
                .orElseThrow();
        assertThat(young.uptimeSeconds()).isEqualTo(12.345);
        assertThat(young.full()).isFalse();
        assertThat(young.afterMegabytes()).isEqualTo(30);
        assertThat(young.heapMegabytes()).isEqualTo(256);

        Pause full = GcLog.parse("[60.1s][info][gc] GC(9) Pause Full (System.gc()) 45M->12M(1G) 80.0ms")
                .orElseThrow();
        assertThat(full.full()).isTrue();
        assertThat(full.afterMegabytes()).isEqualTo(12);
        assertThat(full.heapMegabytes()).isEqualTo(1024);

        assertThat(GcLog.parse("[1.0s][info][gc] GC(1) Pause Young (Allocation Failure) 8704K->2048K(31744K) 3.2ms")
                        .orElseThrow()
                        .afterMegabytes())
                .isEqualTo(2);
    }

    @Test
    void skipsWhatIsNotAPause() {
        assertThat(GcLog.parse("[0.010s][info][gc] Using Serial")).isEmpty();
        assertThat(GcLog.parse("[5.0s][info][gc] GC(3) Concurrent Mark Cycle 25.1ms"))
                .isEmpty();
    }
}
