package io.partnercarts.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of())).isNaN();
    }

    @Test
    void slopeOfALine() {
        assertThat(Stats.slope(new double[] {0, 1, 2, 3}, new double[] {5, 7, 9, 11}))
                .isCloseTo(2.0, within(1e-9));
        assertThat(Stats.slope(new double[] {1}, new double[] {1})).isNaN();
    }

    @Test
    void chartAxesEndOnRoundNumbers() {
        assertThat(SvgChart.niceTop(4321)).isEqualTo(5000);
        assertThat(SvgChart.niceTop(0.8)).isEqualTo(1.0);
        assertThat(SvgChart.niceTop(0)).isEqualTo(1);
    }
}
