package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.lifecycle.Store;

/**
 * What one property's hostile requests broke, grouped by kind of case (in name order) with a count and the
 * first example, so that a run reports every defect it met rather than stopping at the first.
 */
final class Findings {
    private static final int DETAIL_LENGTH = 240;

    private final String property;
    private final Map<String, Group> groups = new TreeMap<>();
    private int judged;
    private int failed;

    Findings(String property) {
        this.property = property;
    }

    /** The findings of the property running now (created by {@link BudgetedProperty}). */
    static Findings current() {
        return Store.<Findings>get(Findings.class).get();
    }

    void passed() {
        judged++;
    }

    void failed(HostileCase hostile, List<String> problems) {
        judged++;
        failed++;
        groups.computeIfAbsent(hostile.kind(), kind -> new Group(hostile, problems)).count++;
    }

    /** The property's failure, listing every kind of case that broke a rule; empty when none did. */
    Optional<AssertionError> failure() {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder report = new StringBuilder(String.format(
                "%s: %d of %d hostile requests broke a rule, in %d kinds of case:",
                property, failed, judged, groups.size()));
        groups.forEach((kind, group) -> {
            report.append(String.format("%n  [%d×] %s%n        e.g. %s: %s", group.count, kind,
                    group.request, abbreviated(group.detail)));
            group.problems.forEach(problem -> report.append(String.format("%n        %s", abbreviated(problem))));
        });
        return Optional.of(new AssertionError(report.toString()));
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
