package io.partnercarts.contract.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.ContractSetting;
import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.MisbehavingOffer;
import io.partnercarts.contract.PackagedContract;
import io.partnercarts.contract.kit.BrokenImplementation.Breakage;
import io.partnercarts.server.CartsServer;
import io.partnercarts.server.ServerSettings;
import io.partnercarts.server.testsupport.FreePort;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The conformance kit as its users run it: {@code java -jar} of the runnable jar that {@code mvn deploy}
 * publishes, against this project's sandbox (a server of its own, in this JVM) and against stand-ins that each
 * break the contract in one way ({@link BrokenImplementation}). Exit 0 with the reports when everything passes, 1
 * with the broken exchange when a test fails, 2 in one line when it cannot run.
 */
class ConformanceKitTest {
    private static final Path WORK = Path.of(System.getProperty("conformance.workDir", "target/conformance-kit"))
            .toAbsolutePath();
    private static final String CUSTOMER = ContractTarget.SEED_CUSTOMER;
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);

    private static CartsServer sandbox;

    @BeforeAll
    static void startTheSandbox() {
        sandbox = CartsServer.start(ServerSettings.DEFAULTS
                .withPort(0)
                .withIdleTimeout(IDLE_TIMEOUT)
                .withAccessLog(false));
    }

    @AfterAll
    static void stopTheSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void helpNamesEveryOptionAndItsEnvironmentVariable() throws Exception {
        KitProcess.Run run = KitProcess.run(WORK.resolve("help"), List.of("--help"), Map.of());

        assertThat(run.exitStatus()).as("%s", run).isZero();
        for (ContractSetting setting : ContractSetting.values()) {
            assertThat(run.out()).contains(setting.option(), setting.environmentVariable());
        }
        assertThat(run.out()).contains("--report-dir", "CONFORMANCE_REPORT_DIR", "--suite", "--test", "Exit status: 0");
    }

    @Test
    void badOptionsAreExitStatus2InOneLine() throws Exception {
        String base = sandbox.baseUri().toString();
        List<List<String>> cases = List.of(
                List.of("--no-such-option"),
                List.of("--base-url", base, "--customer-id", CUSTOMER),
                List.of("--base-url", base, "--token", "t", "--customer-id", "28045616"),
                List.of("--base-url", "ftp://127.0.0.1/v1", "--token", "t", "--customer-id", CUSTOMER),
                List.of("--base-url", base, "--token", "t", "--customer-id", CUSTOMER, "--idle-timeout", "30s"),
                List.of("--base-url", base, "--token", "t", "--customer-id", CUSTOMER, "--suite", "some"),
                List.of("--base-url", base, "--token", "t", "--customer-id", CUSTOMER, "--test", "NoSuchTest"));
        for (int i = 0; i < cases.size(); i++) {
            KitProcess.Run run = KitProcess.run(WORK.resolve("bad-options-" + i), cases.get(i), Map.of());

            assertThat(run.exitStatus()).as("%s: %s", cases.get(i), run).isEqualTo(2);
            assertThat(run.err().strip().lines())
                    .as("%s: %s", cases.get(i), run)
                    .hasSize(1);
            assertThat(run.err()).startsWith("conformance: ");
            assertThat(run.out()).as("nothing on standard output: %s", run).isEmpty();
        }
    }

    @Test
    void aBaseUrlThatDoesNotAnswerIsExitStatus2InOneLine() throws Exception {
        int closedPort = FreePort.onLoopback();
        // The token comes from the environment, as a CI secret would.
        KitProcess.Run run = KitProcess.run(
                WORK.resolve("unreachable"),
                List.of("--base-url", "http://127.0.0.1:" + closedPort + "/v1", "--customer-id", CUSTOMER),
                Map.of("CONFORMANCE_TOKEN", "t"));

        assertThat(run.exitStatus()).as("%s", run).isEqualTo(2);
        assertThat(run.err().strip().lines()).as("%s", run).hasSize(1);
        assertThat(run.err()).contains("http://127.0.0.1:" + closedPort + "/v1 does not answer: connection refused");
    }

    /**
     * The conformance suite against the sandbox, every sandbox behaviour named but the slow offer, whose test is
     * skipped with the reason; the fault customer from its environment variable, the token as an option (which
     * must reach none of the reports).
     */
    @Test
    void theSandboxPassesWithJUnitXmlAndAnHtmlReportThatNameTheContractsVersion() throws Exception {
        String token = "kit-token-" + System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of(
                "--base-url",
                sandbox.baseUri().toString(),
                "--token",
                token,
                "--customer-id",
                CUSTOMER,
                "--suite",
                "conformance"));
        for (MisbehavingOffer offer :
                List.of(MisbehavingOffer.FAILING, MisbehavingOffer.RETRY, MisbehavingOffer.FAULT)) {
            arguments.addAll(List.of(offer.setting().option(), offer.builtIn()));
        }
        KitProcess.Run run = KitProcess.run(
                WORK.resolve("sandbox"),
                arguments,
                Map.of(ContractSetting.FAULT_CUSTOMER_ID.environmentVariable(), ContractTarget.SANDBOX_FAULT_CUSTOMER));

        assertThat(run.exitStatus()).as("%s", run).isZero();
        String contract = PackagedContract.title() + " " + PackagedContract.version();
        assertThat(run.out())
                .contains("Contract:       " + contract)
                .contains("SeedScenarioTest (conformance)", "GeneratedClientTest (client)")
                .contains("  PASS  the seed cart checks out into the seeds three orders")
                .contains("  PASS  a service error is a 500 with code 800003 getCart")
                .contains("  SKIP  a checkout while another is running is a 409 — no SLOW offer for this target;"
                        + " name one with --slow-offer (or CONFORMANCE_SLOW_OFFER)")
                .containsPattern("Result: +PASSED: \\d+ tests, \\d+ passed, 0 failed, 1 skipped")
                .doesNotContain("  FAIL  ", "HostileInputTest");

        String xml = Files.readString(run.report("TEST-junit-jupiter.xml"), StandardCharsets.UTF_8);
        assertThat(xml)
                .containsPattern("<testsuite name=\"JUnit Jupiter\" tests=\"\\d{3}\" skipped=\"1\" failures=\"0\"")
                .contains("classname=\"io.partnercarts.contract.conformance.CheckoutTest\"")
                .as("the token is not in the report")
                .doesNotContain(token);
        String html = Files.readString(run.report("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h1>Conformance to " + contract + "</h1>", "PASSED", "SeedScenarioTest")
                .as("self-contained: nothing loaded from elsewhere")
                .doesNotContain("<script", "<link", "src=", "url(", token);
    }

    @Test
    void theHostileInputSuiteRunsFromTheJarToo() throws Exception {
        KitProcess.Run run = KitProcess.run(
                WORK.resolve("hostile"),
                List.of(
                        "--base-url", sandbox.baseUri().toString(),
                        "--token", "t",
                        "--customer-id", CUSTOMER,
                        "--suite", "hostile-input",
                        "--test", "HostileInputTest#checkoutIgnoresAnyBody",
                        "--hostile-requests", "100",
                        "--idle-timeout", IDLE_TIMEOUT.toString()),
                Map.of());

        assertThat(run.exitStatus()).as("%s", run).isZero();
        assertThat(run.out())
                .contains("HostileInputTest (hostile)", "  PASS  checkout ignores any body")
                .containsPattern("hostile-input: \\d+ requests, 0 5xx, 0 non-ApiFault, 0 leaks, 0 hangs");
        assertThat(run.report("hostile-input-summary.txt")).exists();
        assertThat(Files.readString(run.report("index.html"), StandardCharsets.UTF_8))
                .contains("hostile-input: ");
    }

    /**
     * Each way of breaking the contract, against the test of the suite that should catch it: exit 1, that test's
     * FAIL with the exchange that broke the contract and what gave it away, in the summary, the JUnit XML and the
     * HTML report. {@link #theTestsThatCatchTheBreakagesPassWhenNothingIsBroken} is the same run breaking nothing.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Breakage.class)
    void aBrokenImplementationIsExitStatus1WithTheExchangeThatBrokeTheContract(Breakage breakage) throws Exception {
        Caught caught = caught(breakage);
        KitProcess.Run run;
        try (BrokenImplementation broken = BrokenImplementation.inFrontOf(sandbox.baseUri(), breakage)) {
            run = runConformance(WORK.resolve("broken-" + breakage.name()), broken.baseUri(), List.of(caught.test()));
        }

        assertThat(run.exitStatus()).as("%s", run).isEqualTo(1);
        assertThat(run.out())
                .contains("  FAIL  " + caught.summaryName())
                .containsPattern(caught.exchange())
                .contains(caught.evidence())
                .containsPattern("Result: +FAILED: 1 tests, 0 passed, 1 failed");
        String xml = Files.readString(run.report("TEST-junit-jupiter.xml"), StandardCharsets.UTF_8);
        assertThat(failureInJUnitXml(xml, caught.test()))
                .containsPattern(caught.exchange())
                .contains(caught.evidence());
        String html = Files.readString(run.report("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("FAILED").containsPattern(caught.exchange()).contains(escapeHtml(caught.evidence()));
    }

    /** The tests that catch the breakages, through the same proxy breaking nothing: each failure is its breakage's. */
    @Test
    void theTestsThatCatchTheBreakagesPassWhenNothingIsBroken() throws Exception {
        List<Caught> everyBreakage =
                Arrays.stream(Breakage.values()).map(ConformanceKitTest::caught).toList();
        KitProcess.Run run;
        try (BrokenImplementation unbroken = BrokenImplementation.unbroken(sandbox.baseUri())) {
            run = runConformance(
                    WORK.resolve("unbroken"),
                    unbroken.baseUri(),
                    everyBreakage.stream().map(Caught::test).distinct().toList());
        }

        assertThat(run.exitStatus()).as("%s", run).isZero();
        for (Caught caught : everyBreakage) {
            assertThat(run.out()).contains("  PASS  " + caught.summaryName());
        }
        assertThat(run.out()).doesNotContain("  FAIL  ", "  SKIP  ");
    }

    /**
     * How the kit must report a breakage: the test that catches it ({@code --test}), that test in the summary's
     * words, a pattern of the exchange it shows (method, path, status) and what gave the breakage away.
     */
    private record Caught(String test, String summaryName, String exchange, String evidence) {}

    private static Caught caught(Breakage breakage) {
        String carts = Pattern.quote("/v1/customers/" + CUSTOMER + "/carts");
        String cart = carts + "/[0-9a-f-]{36}";
        return switch (breakage) {
            case MISCASED_PROPERTY ->
                new Caught(
                        "GetCartTest#aCartIsAnsweredWithTheWireNamesThatTheJavaSdkReads",
                        "a cart is answered with the wire names that the java sdk reads",
                        "POST " + carts + " → 201 application/json",
                        "[Path '/creationTimeStamp'] The contract's property 'creationTimestamp' in another case");
            case MISSING_REQUIRED_PROPERTY ->
                new Caught(
                        "CreateCartTest#theCreatedCartCanBeReadBack",
                        "the created cart can be read back",
                        "POST " + carts + " → 201 application/json",
                        "[Path '/lineItems/0'] Object has missing required properties ([\"catalogItemId\"])");
            case STRING_ERROR_CODE ->
                new Caught(
                        "GetCartTest#anUnknownCartIsA404WithCode800008",
                        "an unknown cart is a 404 with code 800008",
                        "GET " + cart + " → 404 application/json",
                        "the body at /code: \"800008\"");
            case SECOND_ORDER_ON_A_REPEATED_CHECKOUT ->
                new Caught(
                        "CheckoutTest#aRepeatedCheckoutAnswersTheSameResult",
                        "a repeated checkout answers the same result",
                        "POST " + cart + "/checkout → 201 application/json",
                        "the repeat's answer differs at /orders/0/id: expected \"");
            case CREATED_WITH_200 ->
                new Caught(
                        "CreateCartTest#theServiceAssignsIdTimestampsStatusCurrencyAndGroup",
                        "the service assigns id timestamps status currency and group",
                        "POST " + carts + " → 200 application/json",
                        "response: Response status 200 not defined for path '/customers/{customer-id}/carts'.");
        };
    }

    private static KitProcess.Run runConformance(Path dir, URI baseUri, List<String> tests) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--base-url",
                baseUri.toString(),
                "--token",
                "kit-token",
                "--customer-id",
                CUSTOMER,
                "--suite",
                "conformance"));
        tests.forEach(test -> arguments.addAll(List.of("--test", test)));
        return KitProcess.run(dir, arguments, Map.of());
    }

    /** The failure of the test {@code Class#method} in the kit's JUnit XML, as text. */
    private static String failureInJUnitXml(String xml, String test) throws Exception {
        String[] classAndMethod = test.split("#");
        NodeList testCases = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getElementsByTagName("testcase");
        for (int i = 0; i < testCases.getLength(); i++) {
            Element testCase = (Element) testCases.item(i);
            if (testCase.getAttribute("classname").endsWith("." + classAndMethod[0])
                    && testCase.getAttribute("name").equals(classAndMethod[1] + "()")) {
                // An assertion's failure is a <failure>, any other exception (the validator's) an <error>.
                NodeList failures = testCase.getElementsByTagName("failure");
                NodeList failed = failures.getLength() > 0 ? failures : testCase.getElementsByTagName("error");
                assertThat(failed.getLength())
                        .as("%s failed in the JUnit XML", test)
                        .isOne();
                return failed.item(0).getTextContent();
            }
        }
        throw new AssertionError("No test case " + test + " in the JUnit XML:\n" + xml);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
