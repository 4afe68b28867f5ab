package io.partnercarts.conformance;

import io.partnercarts.conformance.TestResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run as one self-contained HTML page (no script, style sheet or font from elsewhere): the verdict, the
 * contract and the target, every failure with the exchange that broke the contract, then every test by class.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:72em;\
            padding:0 1em;color:#1b1f24}
            h1{font-size:1.5em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #d0d7de}
            h3{margin:1.2em 0 .3em;font-size:1.05em}
            .verdict{display:inline-block;padding:.3em .8em;border-radius:4px;color:#fff;font-weight:600}
            .passed{background:#1a7f37}.failed{background:#cf222e}.skipped{background:#9a6700}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.25em .5em;\
            border-bottom:1px solid #eaeef2}
            th{width:11em;color:#57606a;font-weight:500}
            .status{font:600 12px/1.6 ui-monospace,monospace;padding:0 .4em;border-radius:3px;color:#fff}
            .time,.reason{color:#57606a}.time{white-space:nowrap;width:5em;text-align:right}
            pre{background:#f6f8fa;padding:.8em;overflow-x:auto;white-space:pre-wrap;word-break:break-word;\
            font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
            .headline{font-weight:600;color:#cf222e}
            """;

    private HtmlReport() {}

    /** Facts about the run, shown at the top of the report. */
    record Run(
            String contract,
            String kitVersion,
            String target,
            String customer,
            String suites,
            String started,
            String duration,
            String junitXml,
            String hostileSummary) {}

    static void write(Path file, Run run, List<TestResult> results) throws IOException {
        Files.writeString(file, html(run, results), StandardCharsets.UTF_8);
    }

    static String html(Run run, List<TestResult> results) {
        long failed = count(results, Status.FAILED);
        long passed = count(results, Status.PASSED);
        long skipped = count(results, Status.SKIPPED);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Conformance report: ")
                .append(escape(run.contract()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>Conformance to ").append(escape(run.contract())).append("</h1>\n");
        html.append("<p><span class=\"verdict ")
                .append(failed > 0 ? "failed\">FAILED" : "passed\">PASSED")
                .append("</span> ")
                .append(String.format(
                        Locale.ROOT,
                        "%d tests: %d passed, %d failed, %d skipped",
                        results.size(),
                        passed,
                        failed,
                        skipped))
                .append("</p>\n<table>");
        row(html, "Contract", run.contract() + " (packaged in partner-carts-conformance " + run.kitVersion() + ")");
        row(html, "Implementation", run.target());
        row(html, "Customer", run.customer());
        row(html, "Suites", run.suites());
        row(html, "Started", run.started());
        row(html, "Took", run.duration());
        row(html, "JUnit XML", run.junitXml());
        if (!run.hostileSummary().isEmpty()) {
            row(html, "Hostile input", run.hostileSummary());
        }
        html.append("</table>\n");

        if (failed > 0) {
            html.append("<h2 id=\"failures\">Failures</h2>\n");
            for (TestResult result : results) {
                if (result.status() == Status.FAILED) {
                    html.append("<h3>")
                            .append(escape(result.title()))
                            .append("</h3><p class=\"headline\">")
                            .append(escape(result.reason()))
                            .append("</p><pre>")
                            .append(escape(result.detail().orElse("")))
                            .append("</pre>\n");
                }
            }
        }

        html.append("<h2 id=\"tests\">Every test</h2>\n");
        Map<String, List<TestResult>> byClass = new LinkedHashMap<>();
        results.forEach(result -> byClass.computeIfAbsent(
                        result.suite() + "." + result.testClass(), k -> new java.util.ArrayList<>())
                .add(result));
        for (List<TestResult> ofClass : byClass.values()) {
            TestResult first = ofClass.get(0);
            html.append("<h3>")
                    .append(escape(first.testClass()))
                    .append(" <span class=\"reason\">(")
                    .append(escape(first.suite()))
                    .append(")</span></h3><table>\n");
            for (TestResult result : ofClass) {
                String status = result.status().name().toLowerCase(Locale.ROOT);
                html.append("<tr><td style=\"width:3.5em\"><span class=\"status ")
                        .append(status)
                        .append("\">")
                        .append(result.status().label())
                        .append("</span></td><td>")
                        .append(escape(result.name()));
                if (!result.reason().isEmpty()) {
                    html.append("<br><span class=\"reason\">")
                            .append(escape(result.reason()))
                            .append("</span>");
                }
                html.append("</td><td class=\"time\">")
                        .append(
                                result.status() == Status.SKIPPED
                                        ? ""
                                        : String.format(
                                                Locale.ROOT,
                                                "%.2f s",
                                                result.time().toMillis() / 1000.0))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static long count(List<TestResult> results, Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>")
                .append(escape(name))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
