package io.partnercarts.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * Plain SVG charts, written as text: grouped bars (one group per category, one bar per series) and
 * lines over a numeric x axis, each with a title, labelled axes and a legend. A chart is drawn in a box
 * of the given size at the origin; {@link #document} stacks charts into one SVG file.
 */
final class SvgChart {
    private static final int LEFT = 80;
    private static final int RIGHT = 24;
    private static final int TOP = 56;
    private static final int BOTTOM = 64;
    private static final String FONT = "font-family=\"sans-serif\"";

    private final StringBuilder svg = new StringBuilder();
    private final int width;
    private final int height;
    private final double yTop;

    /** One bar per category in a series; NaN draws no bar. */
    record Bars(String name, String color, double[] values) {}

    /** A line through the points (x[i], y[i]); NaN values are skipped. */
    record Line(String name, String color, double[] x, double[] y) {}

    private SvgChart(int width, int height, String title, String yLabel, double yMax) {
        this.width = width;
        this.height = height;
        this.yTop = niceTop(yMax);
        text(width / 2.0, 24, "middle", 16, "bold", title);
        svg.append(String.format(
                Locale.ROOT,
                "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" %s>%s</text>%n",
                TOP + plotHeight() / 2.0,
                FONT,
                escape(yLabel)));
        double step = yTop / 5;
        for (int i = 0; i <= 5; i++) {
            double y = yOf(step * i);
            line(LEFT, y, width - RIGHT, y, i == 0 ? "#333" : "#ddd");
            text(LEFT - 6, y + 4, "end", 11, "normal", number(step * i));
        }
        line(LEFT, TOP, LEFT, TOP + plotHeight(), "#333");
    }

    static String groupedBars(
            String title, String yLabel, List<String> categories, List<Bars> series, int width, int height) {
        double max = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.values()))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(1);
        SvgChart chart = new SvgChart(width, height, title, yLabel, max);
        double group = chart.plotWidth() / (double) categories.size();
        double bar = group * 0.7 / series.size();
        for (int c = 0; c < categories.size(); c++) {
            double groupLeft = LEFT + group * c + group * 0.15;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values()[c];
                if (Double.isNaN(value)) {
                    continue;
                }
                double x = groupLeft + bar * s;
                double y = chart.yOf(value);
                chart.svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                        x,
                        y,
                        bar - 2,
                        chart.yOf(0) - y,
                        series.get(s).color()));
                chart.text(x + (bar - 2) / 2, y - 4, "middle", 10, "normal", number(value));
            }
            chart.text(
                    LEFT + group * c + group / 2,
                    TOP + chart.plotHeight() + 18,
                    "middle",
                    12,
                    "normal",
                    categories.get(c));
        }
        chart.legend(
                series.stream().map(Bars::name).toList(),
                series.stream().map(Bars::color).toList());
        return chart.svg.toString();
    }

    static String lines(String title, String xLabel, String yLabel, List<Line> series, int width, int height) {
        double yMax = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.y()))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(1);
        double xMax = niceTop(series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.x()))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(1));
        SvgChart chart = new SvgChart(width, height, title, yLabel, yMax);
        for (int i = 0; i <= 5; i++) {
            double x = LEFT + chart.plotWidth() * i / 5.0;
            chart.line(x, TOP + chart.plotHeight(), x, TOP + chart.plotHeight() + 4, "#333");
            chart.text(x, TOP + chart.plotHeight() + 18, "middle", 11, "normal", number(xMax * i / 5));
        }
        chart.text(LEFT + chart.plotWidth() / 2.0, TOP + chart.plotHeight() + 36, "middle", 12, "normal", xLabel);
        for (Line line : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.x().length; i++) {
                if (!Double.isNaN(line.x()[i]) && !Double.isNaN(line.y()[i])) {
                    points.append(String.format(
                            Locale.ROOT,
                            "%.1f,%.1f ",
                            LEFT + chart.plotWidth() * line.x()[i] / xMax,
                            chart.yOf(line.y()[i])));
                }
            }
            chart.svg.append(String.format(
                    Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(),
                    line.color()));
        }
        chart.legend(
                series.stream().map(Line::name).toList(),
                series.stream().map(Line::color).toList());
        return chart.svg.toString();
    }

    /** One SVG file holding the charts one below the other. */
    static String document(int width, List<String> charts, List<Integer> heights) {
        StringBuilder document = new StringBuilder();
        int total = heights.stream().mapToInt(Integer::intValue).sum();
        document.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                width,
                total,
                width,
                total));
        document.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int y = 0;
        for (int i = 0; i < charts.size(); i++) {
            document.append("<g transform=\"translate(0 ")
                    .append(y)
                    .append(")\">\n")
                    .append(charts.get(i))
                    .append("</g>\n");
            y += heights.get(i);
        }
        return document.append("</svg>\n").toString();
    }

    private void legend(List<String> names, List<String> colors) {
        double x = width - RIGHT - 150.0 * names.size();
        for (int i = 0; i < names.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"36\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    x + 150.0 * i,
                    colors.get(i)));
            text(x + 150.0 * i + 16, 46, "start", 12, "normal", names.get(i));
        }
    }

    private int plotWidth() {
        return width - LEFT - RIGHT;
    }

    private int plotHeight() {
        return height - TOP - BOTTOM;
    }

    private double yOf(double value) {
        return TOP + plotHeight() * (1 - value / yTop);
    }

    private void line(double x1, double y1, double x2, double y2, String color) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1,
                y1,
                x2,
                y2,
                color));
    }

    private void text(double x, double y, String anchor, int size, String weight, String text) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\" %s>%s</text>%n",
                x,
                y,
                anchor,
                size,
                weight,
                FONT,
                escape(text)));
    }

    /** The smallest 1, 2 or 5 times a power of ten, times 5 ticks, that reaches the value. */
    static double niceTop(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power * 5 >= max) {
                return factor * power * 5;
            }
        }
        return 10 * power * 5;
    }

    static String number(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
