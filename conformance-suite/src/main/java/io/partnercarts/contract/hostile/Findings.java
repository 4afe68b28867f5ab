package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one test's hostile requests broke, grouped by kind of case (in name order) with a count and the
 * first example, so that a run reports every defect it met rather than stopping at the first.
 */
final class Findings {
    private static final int DETAIL_LENGTH = 240;

    private final String test;
    private final Map<String, Group> groups = new TreeMap<>();
    private int judged;
    private int failed;

    Findings(String test) {
        this.test = test;
    }

    /** One judged case and what was wrong with its answer (nothing: it passed). */
    void add(HostileCase hostile, List<String> problems) {
        judged++;
        if (!problems.isEmpty()) {
            failed++;
            groups.computeIfAbsent(hostile.kind(), kind -> new Group(hostile, problems)).count++;
        }
    }

    /** Fails, listing every kind of case that broke a rule, when any did. */
    void assertNone() {
        if (groups.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder(String.format(
                "%s: %d of %d hostile requests broke a rule, in %d kinds of case:",
                test, failed, judged, groups.size()));
        groups.forEach((kind, group) -> {
            report.append(String.format(
                    "%n  [%d×] %s%n        e.g. %s: %s", group.count, kind, group.request, abbreviated(group.detail)));
            group.problems.forEach(problem -> report.append(String.format("%n        %s", abbreviated(problem))));
        });
        throw new AssertionError(report.toString());
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s*\\R\\s*", " ");
        return oneLine.length() > DETAIL_LENGTH ? oneLine.substring(0, DETAIL_LENGTH) + "…" : oneLine;
    }

    private static final class Group {
        private final String request;
        private final String detail;
        private final List<String> problems;
        private int count;

        Group(HostileCase first, List<String> problems) {
            this.request = first.request().toString();
            this.detail = first.detail();
            this.problems = new ArrayList<>(problems);
        }
    }
}
