package io.partnercarts.conformance;

import io.partnercarts.conformance.TestResult.Status;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints a line for every test as it ends (passed, failed with what broke, skipped with the reason) under the
 * name of its class, and keeps the results for the summary at the end and the HTML report.
 */
final class SummaryListener implements TestExecutionListener {
    private static final String DETAIL_INDENT = "        ";

    private final PrintStream out;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final List<TestResult> results = new ArrayList<>();
    private TestPlan plan;

    SummaryListener(PrintStream out) {
        this.out = out;
    }

    /** Every result so far, in the order the tests ended. */
    synchronized List<TestResult> results() {
        return List.copyOf(results);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        started.put(identifier.getUniqueId(), System.nanoTime());
        if (isClass(identifier)) {
            out.println();
            out.println(className(identifier) + " (" + suite(identifier) + ")");
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest() || isClass(identifier) || identifier.getSource().orElse(null) instanceof MethodSource) {
            add(identifier, Status.SKIPPED, Duration.ZERO, reason == null ? "" : reason, Optional.empty());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Long start = started.remove(identifier.getUniqueId());
        Duration time = start == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start);
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (identifier.isTest()) {
                    add(identifier, Status.PASSED, time, "", Optional.empty());
                }
            }
            case ABORTED -> add(identifier, Status.SKIPPED, time, skipReason(result), Optional.empty());
            case FAILED -> {
                // A container fails as a whole when it cannot run its tests: a class that cannot start, say.
                FailureText failure =
                        result.getThrowable().map(FailureText::of).orElse(new FailureText("failed", "failed"));
                add(identifier, Status.FAILED, time, failure.headline(), Optional.of(failure.detail()));
            }
        }
    }

    private synchronized void add(
            TestIdentifier identifier, Status status, Duration time, String reason, Optional<String> detail) {
        TestResult result = new TestResult(
                suite(identifier), className(identifier), name(identifier), status, time, reason, detail);
        results.add(result);
        StringBuilder line =
                new StringBuilder("  ").append(status.label()).append("  ").append(result.name());
        if (status == Status.SKIPPED) {
            line.append(" — ").append(reason);
        } else {
            line.append(String.format(Locale.ROOT, " (%.2f s)", time.toMillis() / 1000.0));
        }
        out.println(line);
        detail.ifPresent(text -> out.println(DETAIL_INDENT + text.replace("\n", "\n" + DETAIL_INDENT)));
    }

    private static String skipReason(TestExecutionResult result) {
        return result.getThrowable()
                .map(Throwable::getMessage)
                .map(message -> message.replaceFirst("^Assumption failed: ", ""))
                .orElse("skipped");
    }

    private static boolean isClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().orElse(null) instanceof ClassSource;
    }

    /** The test in words: {@code aCartOf100LineItemsIsCreated} reads {@code a cart of 100 line items is created}. */
    private String name(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        if (source instanceof ClassSource) {
            return "(the whole class)";
        }
        if (!(source instanceof MethodSource method)) {
            return identifier.getDisplayName();
        }
        Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(identifier);
        boolean invocation = parent.flatMap(TestIdentifier::getSource).orElse(null) instanceof MethodSource;
        String words = words(method.getMethodName());
        if (invocation) {
            return words + " " + identifier.getDisplayName();
        }
        return identifier.isContainer() ? words + " (every case)" : words;
    }

    static String words(String methodName) {
        String[] parts =
                methodName.split("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z]|[0-9])");
        StringBuilder words = new StringBuilder();
        for (String part : parts) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            boolean acronym = part.length() > 1 && part.equals(part.toUpperCase(Locale.ROOT));
            words.append(acronym ? part : part.toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }

    private String className(TestIdentifier identifier) {
        String name = qualifiedClassName(identifier);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The package the test is in, past {@code io.partnercarts.contract}: conformance, client or hostile. */
    private String suite(TestIdentifier identifier) {
        String name = qualifiedClassName(identifier);
        int end = name.lastIndexOf('.');
        String pkg = end < 0 ? "" : name.substring(0, end);
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private String qualifiedClassName(TestIdentifier identifier) {
        for (Optional<TestIdentifier> at = Optional.of(identifier);
                at.isPresent();
                at = plan == null ? Optional.empty() : plan.getParent(at.get())) {
            TestSource source = at.get().getSource().orElse(null);
            if (source instanceof ClassSource type) {
                return type.getClassName();
            }
            if (source instanceof MethodSource method) {
                return method.getClassName();
            }
        }
        return identifier.getDisplayName();
    }
}
