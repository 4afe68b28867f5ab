package io.partnercarts.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.partnercarts.conformance.KitOptions.BadOptions;
import io.partnercarts.conformance.KitOptions.Suite;
import io.partnercarts.conformance.TestResult.Status;
import io.partnercarts.contract.ContractSetting;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * One run of the kit: the suite's settings from the options, the tests of the chosen suites from this jar (the
 * same classes this project's build runs), a line per test while they run, then the summary, the JUnit XML and
 * the HTML report.
 */
final class KitRun {
    /** Where the suites' test classes are; their support classes there hold no test. */
    static final String SUITE_PACKAGE = "io.partnercarts.contract";

    static final String HOSTILE_TAG = "hostile-input";
    static final String HTML_REPORT = "index.html";
    static final String JUNIT_XML = "TEST-junit-jupiter.xml";
    static final String HOSTILE_SUMMARY = "hostile-input-summary.txt";

    private final KitOptions options;
    private final PrintStream out;

    KitRun(KitOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the tests; answers the exit status (0 or 1), or throws for a run that cannot start (exit 2). */
    int run() throws BadOptions {
        Path reportDir = options.reportDir().toAbsolutePath().normalize();
        Path hostileSummary = reportDir.resolve(HOSTILE_SUMMARY);
        try {
            Files.createDirectories(reportDir);
            Files.deleteIfExists(hostileSummary);
            Files.deleteIfExists(reportDir.resolve(JUNIT_XML));
        } catch (IOException e) {
            throw new BadOptions(KitOptions.REPORT_DIR + " " + options.reportDir() + " cannot be written: " + e);
        }
        configureSuite(hostileSummary);

        Set<String> unmatched = new LinkedHashSet<>(options.tests());
        LauncherDiscoveryRequest request = request(unmatched);
        SummaryListener summary = new SummaryListener(out);
        Instant started;
        try (LauncherSession session = LauncherFactory.openSession()) {
            Launcher launcher = session.getLauncher();
            TestPlan plan = launcher.discover(request);
            if (!unmatched.isEmpty()) {
                throw new BadOptions(
                        KitOptions.TEST + " " + String.join(", ", unmatched) + " matches no test of the chosen suite ("
                                + options.suite().value() + ")");
            }
            if (plan.countTestIdentifiers(identifier -> true) == plan.getRoots().size()) {
                throw new BadOptions("no test to run");
            }
            banner();
            started = Instant.now();
            PrintWriter xmlErrors = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            launcher.execute(plan, summary, new LegacyXmlReportGeneratingListener(reportDir, xmlErrors));
        }
        Duration took = Duration.between(started, Instant.now());
        List<TestResult> results = summary.results();
        String hostileLine = readIfPresent(hostileSummary);
        HtmlReport.Run run = new HtmlReport.Run(
                KitVersion.contract(),
                KitVersion.version(),
                options.baseUri().toString(),
                options.setting(ContractSetting.CUSTOMER_ID),
                options.suite().description()
                        + (options.tests().isEmpty() ? "" : "; only " + String.join(", ", options.tests())),
                started.truncatedTo(ChronoUnit.SECONDS).toString(),
                seconds(took),
                JUNIT_XML,
                hostileLine);
        Path html = reportDir.resolve(HTML_REPORT);
        try {
            HtmlReport.write(html, run, results);
        } catch (IOException e) {
            out.println("conformance: cannot write " + html + ": " + e);
        }
        return finalSummary(results, took, reportDir);
    }

    /**
     * The suite's settings from the kit's options, not as system properties: the JUnit XML lists those. So does it
     * the command line ({@code sun.java.command}), which may hold the token: that is masked.
     */
    private void configureSuite(Path hostileSummary) {
        ContractSetting.givenByKit(options.settings());
        System.setProperty("hostile.summaryFile", hostileSummary.toString());
        String command = System.getProperty("sun.java.command");
        if (command != null) {
            System.setProperty(
                    "sun.java.command", command.replace(options.setting(ContractSetting.TOKEN), "(the token)"));
        }
    }

    private LauncherDiscoveryRequest request(Set<String> unmatched) {
        List<Filter<?>> filters = new ArrayList<>();
        filters.add(ClassNameFilter.includeClassNamePatterns(ClassNameFilter.STANDARD_INCLUDE_PATTERN));
        if (options.suite() == Suite.CONFORMANCE) {
            filters.add(TagFilter.excludeTags(HOSTILE_TAG));
        } else if (options.suite() == Suite.HOSTILE_INPUT) {
            filters.add(TagFilter.includeTags(HOSTILE_TAG));
        }
        if (!options.tests().isEmpty()) {
            filters.add(onlyTests(options.tests(), unmatched));
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        // ExchangeEvidence, registered through META-INF/services: the exchange behind each failure.
        configuration.put("junit.jupiter.extensions.autodetection.enabled", "true");
        // The conformance suite's packages before the hostile-input suite's, as this project's build runs them.
        configuration.put("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName");
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(SUITE_PACKAGE))
                .filters(filters.toArray(Filter[]::new))
                .configurationParameters(configuration)
                .build();
    }

    /** Keeps the classes ({@code CheckoutTest}) and methods ({@code CheckoutTest#method}) named with --test. */
    private static PostDiscoveryFilter onlyTests(List<String> tests, Set<String> unmatched) {
        return descriptor -> {
            TestSource source = descriptor.getSource().orElse(null);
            String className;
            String methodName;
            if (source instanceof MethodSource method) {
                className = method.getClassName();
                methodName = method.getMethodName();
            } else if (source instanceof ClassSource type) {
                className = type.getClassName();
                methodName = null;
            } else {
                return FilterResult.included("not a class or a method");
            }
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            for (String test : tests) {
                String[] parts = test.split("#", 2);
                boolean classMatches = parts[0].equals(simpleName) || parts[0].equals(className);
                boolean methodMatches = parts.length == 1 || methodName == null || parts[1].equals(methodName);
                if (classMatches && methodMatches) {
                    if (methodName != null || parts.length == 1) {
                        unmatched.remove(test);
                    }
                    return FilterResult.included(test);
                }
            }
            return FilterResult.excluded("not named with " + KitOptions.TEST);
        };
    }

    private void banner() {
        out.println("partner-carts conformance kit " + KitVersion.version());
        out.println("Contract:       " + KitVersion.contract() + " (packaged in this kit)");
        out.println(
                "Implementation: " + options.baseUri() + ", customer " + options.setting(ContractSetting.CUSTOMER_ID));
        out.println("Running:        " + options.suite().description()
                + (options.tests().isEmpty() ? "" : "; only " + String.join(", ", options.tests())));
        List<String> sandbox = new ArrayList<>();
        for (ContractSetting setting : List.of(
                ContractSetting.FAILING_OFFER,
                ContractSetting.RETRY_OFFER,
                ContractSetting.SLOW_OFFER,
                ContractSetting.FAULT_OFFER,
                ContractSetting.FAULT_CUSTOMER_ID)) {
            if (options.setting(setting) == null) {
                sandbox.add(setting.option());
            }
        }
        if (!sandbox.isEmpty()) {
            out.println("Not given:      " + String.join(", ", sandbox) + " (the tests that need them are skipped)");
        }
    }

    private int finalSummary(List<TestResult> results, Duration took, Path reportDir) {
        long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long passed = results.stream().filter(r -> r.status() == Status.PASSED).count();
        long skipped =
                results.stream().filter(r -> r.status() == Status.SKIPPED).count();
        out.println();
        out.println("─".repeat(100));
        out.println("Contract:       " + KitVersion.contract());
        out.println("Implementation: " + options.baseUri());
        out.println(String.format(
                Locale.ROOT,
                "Result:         %s: %d tests, %d passed, %d failed, %d skipped, in %s",
                failed > 0 ? "FAILED" : "PASSED",
                results.size(),
                passed,
                failed,
                skipped,
                seconds(took)));
        if (failed > 0) {
            out.println("Failed:");
            results.stream()
                    .filter(r -> r.status() == Status.FAILED)
                    .forEach(r -> out.println("  " + r.title() + "\n      " + r.reason()));
        }
        if (skipped > 0) {
            out.println("Skipped:");
            Map<String, Integer> reasons = new LinkedHashMap<>();
            results.stream()
                    .filter(r -> r.status() == Status.SKIPPED)
                    .forEach(r -> reasons.merge(r.testClass() + ": " + r.reason(), 1, Integer::sum));
            reasons.forEach(
                    (reason, count) -> out.println("  " + reason + (count > 1 ? " (" + count + " tests)" : "")));
        }
        out.println("Reports:        " + reportDir.resolve(HTML_REPORT) + ", " + reportDir.resolve(JUNIT_XML));
        return failed > 0 ? 1 : 0;
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
