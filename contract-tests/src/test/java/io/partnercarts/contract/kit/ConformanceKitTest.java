package io.partnercarts.contract.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.ContractSetting;
import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.MisbehavingOffer;
import io.partnercarts.contract.PackagedContract;
import io.partnercarts.server.CartsServer;
import io.partnercarts.server.ServerSettings;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit as its users run it: {@code java -jar} of the runnable jar that {@code mvn deploy}
 * publishes, against this project's sandbox (a server of its own, in this JVM) and against a stand-in that breaks
 * the contract. Exit 0 with the reports when everything passes, 1 with the broken exchange when a test fails, 2
 * in one line when it cannot run.
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
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
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

    /** A 200 where 201 is due, and a string error code: exit 1, and the report shows each broken exchange. */
    @Test
    void aBrokenImplementationIsExitStatus1WithTheExchangeThatBrokeTheContract() throws Exception {
        KitProcess.Run run;
        try (BrokenImplementation broken = BrokenImplementation.inFrontOf(sandbox.baseUri())) {
            run = KitProcess.run(
                    WORK.resolve("broken"),
                    List.of(
                            "--base-url", broken.baseUri().toString(),
                            "--token", "t",
                            "--customer-id", CUSTOMER,
                            "--test", "CreateCartTest#theCreatedCartCanBeReadBack",
                            "--test", "GetCartTest"),
                    Map.of());
        }

        assertThat(run.exitStatus()).as("%s", run).isEqualTo(1);
        String carts = "/v1/customers/" + CUSTOMER + "/carts";
        assertThat(run.out())
                .contains("  FAIL  the created cart can be read back")
                .contains("The exchange that broke the contract:", "POST " + carts + " → 200 application/json")
                .contains("response: Response status 200 not defined for path")
                .containsPattern("GET " + carts + "/[0-9a-f-]{36} → 404 application/json")
                .contains("the body at /code: \"800008\"")
                .containsPattern("Result: +FAILED: \\d+ tests, \\d+ passed, [1-9]\\d* failed");
        String xml = Files.readString(run.report("TEST-junit-jupiter.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("The exchange that broke the contract:", "POST " + carts + " → 200");
        String html = Files.readString(run.report("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("FAILED", "POST " + carts + " → 200", "the body at /code: &quot;800008&quot;");
    }
}
