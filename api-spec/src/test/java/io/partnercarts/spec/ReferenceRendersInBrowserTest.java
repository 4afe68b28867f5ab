package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered reference (target/reference/partner-carts.html, written by Redocly in the build) in a real
 * headless Chromium driven by Selenium, each page loaded once: it loads nothing from the network, runs
 * without script errors, and shows every operation with its parameters, statuses and example, every schema
 * and every enum value. Screenshots of its first screen and of the checkout operation are saved beside it.
 */
class ReferenceRendersInBrowserTest {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    /**
     * Redoc 3 always shows an "API docs by Redocly" badge whose logo comes from Redocly's CDN; offline it
     * fails to load and the badge hides itself. It is an image, not a script, and the only request the
     * page makes: it is the one error let through.
     */
    private static final String REDOC_ATTRIBUTION_LOGO = "https://cdn.redoc.ly/redoc/logo-mini";

    private static final Map<String, ChromiumPages.Page> PAGES = new ConcurrentHashMap<>();

    @TempDir
    static Path profiles;

    private static ChromiumPages chromium;
    private static Path reference;
    private static OpenAPI api;

    @BeforeAll
    static void findChromiumAndTheReference() {
        Path browser = ChromiumPages.onPath("chromium", "chromium-browser").orElse(null);
        Path driver = ChromiumPages.onPath("chromedriver").orElse(null);
        // A test that cannot run fails and says why, as PublishedClientIT does without nginx: never a skip.
        if (browser == null || driver == null) {
            fail((browser == null ? "Chromium" : "Chromium's driver, chromedriver,") + " is not on the PATH ("
                    + System.getenv("PATH") + "), and this test needs both: apt-get update && apt-get install -y"
                    + " chromium chromium-driver (.ci/run, the README's test command, installs them).");
        }
        reference = BuildSetting.path("spec.reference");
        assertThat(reference).as("the reference the build renders").isRegularFile();
        api = Contract.openApi();
        chromium = ChromiumPages.start(browser, driver, profiles.resolve("profile"), WIDTH, HEIGHT);
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theReferenceLoadsNothingFromTheNetwork() throws IOException {
        Document html = Jsoup.parse(reference.toFile());
        assertThat(html.select("script[src], link[rel=stylesheet][href^=http], img[src^=http], iframe"))
                .as("scripts, stylesheets, images and frames that come from elsewhere")
                .isEmpty();
        assertThat(html.select("script").size())
                .as("inline scripts (the inlined Redoc bundle)")
                .isPositive();
    }

    @Test
    void theCheckoutOperationRenders() {
        ChromiumPages.Page page = page(operationFragments().get("checkoutCart"));

        assertThat(page.scriptErrors()).as("script errors").isEmpty();
        assertThat(page.text())
                .contains(
                        "Check out a cart",
                        "/customers/{customer-id}/carts/{cart-id}/checkout",
                        "CartCheckoutResult",
                        "409");
    }

    @Test
    void theCartCheckoutResultSchemaRenders() {
        ChromiumPages.Page page = page("schemas/cartcheckoutresult");

        assertThat(page.scriptErrors()).as("script errors").isEmpty();
        assertThat(page.text()).contains("CartCheckoutResult", "The outcome of a checkout.");
        assertThat(page.text())
                .contains(api.getComponents()
                        .getSchemas()
                        .get("CartCheckoutResult")
                        .getProperties()
                        .keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationShowsItsParametersStatusesAndExample() {
        List<DynamicTest> tests = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String fragment = operationFragments().get(op.getOperationId());
                    tests.add(DynamicTest.dynamicTest(op.getOperationId() + " at #/" + fragment, () -> {
                        ChromiumPages.Page page = page(fragment);

                        assertThat(page.scriptErrors()).as("script errors").isEmpty();
                        assertThat(page.text()).contains(op.getSummary(), path);
                        Stream.concat(Stream.ofNullable(item.getParameters()), Stream.ofNullable(op.getParameters()))
                                .flatMap(List::stream)
                                .map(p -> Contract.deref(api, p))
                                .map(Parameter::getName)
                                .forEach(name -> assertThat(page.text())
                                        .as("parameter %s", name)
                                        .contains(name));
                        op.getResponses()
                                .keySet()
                                .forEach(status -> assertThat(page.text())
                                        .as("status %s", status)
                                        .contains(status));
                        assertFirstSuccessExampleShows(op, page.text());
                    }));
                }));
        return tests.stream();
    }

    /**
     * A response with several examples shows one and offers the others in a picker: every one of them is
     * offered. (A response with one example shows it without a picker.)
     */
    @TestFactory
    Stream<DynamicTest> everyExampleIsOfferedByItsResponsesPicker() throws IOException {
        String script;
        try (InputStream in = Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("reference/example-picker-labels.js"))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(op -> {
                    List<String> expected = op.getResponses().values().stream()
                            .map(response -> Contract.deref(api, response)
                                    .getContent()
                                    .get("application/json")
                                    .getExamples())
                            .filter(examples -> examples != null && examples.size() > 1)
                            .flatMap(examples -> examples.values().stream())
                            .map(example -> Contract.deref(api, example).getSummary())
                            .distinct()
                            .toList();
                    tests.add(DynamicTest.dynamicTest(
                            op.getOperationId() + " offers " + expected.size() + " examples", () -> {
                                List<String> offered = chromium.run(
                                                at(operationFragments().get(op.getOperationId())), script)
                                        .lines()
                                        .toList();
                                assertThat(offered)
                                        .as("labels of the example pickers")
                                        .containsAll(expected);
                            }));
                }));
        return tests.stream();
    }

    @Test
    void everySchemaIsListed() {
        ChromiumPages.Page page = page("schemas");

        assertThat(page.scriptErrors()).as("script errors").isEmpty();
        assertThat(page.text()).contains(api.getComponents().getSchemas().keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEnumShowsAllItsValues() {
        return enumSchemas()
                .map(schema -> DynamicTest.dynamicTest(schema.getKey(), () -> {
                    ChromiumPages.Page page = page(schemaFragment(schema));

                    assertThat(page.scriptErrors()).as("script errors").isEmpty();
                    schema.getValue()
                            .getEnum()
                            .forEach(value -> assertThat(page.text())
                                    .as("enum value %s", value)
                                    .contains("\"" + value + "\""));
                }));
    }

    @Test
    void screenshotsOfTheFirstScreenAndOfTheCheckoutAreSaved() throws IOException {
        Path folder = BuildSetting.path("spec.screenshots");
        Map<String, URI> shots = Map.of(
                "partner-carts.png",
                reference.toUri(),
                "partner-carts-checkout.png",
                at(operationFragments().get("checkoutCart")));
        for (Map.Entry<String, URI> shot : shots.entrySet()) {
            Path png = folder.resolve(shot.getKey());
            Files.deleteIfExists(png);

            List<String> errors = withoutAttributionLogo(chromium.screenshot(shot.getValue(), WIDTH, 2 * HEIGHT, png));

            assertThat(errors).as("script errors on %s", shot.getValue()).isEmpty();
            assertThat(Files.size(png)).as("size of %s", png).isGreaterThan(20_000);
        }
    }

    /** The checks above would notice a page whose scripts fail, log errors or miss a resource. */
    @Test
    void scriptErrorsAreReported() throws URISyntaxException {
        URI broken = Objects.requireNonNull(getClass().getClassLoader().getResource("reference/script-error.html"))
                .toURI();

        ChromiumPages.Page page = chromium.open(broken);

        assertThat(page.text()).contains("Rendered text.");
        assertThat(page.scriptErrors())
                .hasSize(3)
                .anySatisfy(e -> assertThat(e).contains("Uncaught ReferenceError: notDefinedAnywhere is not defined"))
                .anySatisfy(e -> assertThat(e).endsWith(" \"reported by the page\""))
                .anySatisfy(e -> assertThat(e).contains("does-not-exist.png - Failed to load resource"));
    }

    private static ChromiumPages.Page page(String fragment) {
        return PAGES.computeIfAbsent(fragment, f -> withoutAttributionLogo(chromium.open(at(f))));
    }

    private static ChromiumPages.Page withoutAttributionLogo(ChromiumPages.Page page) {
        return new ChromiumPages.Page(page.text(), withoutAttributionLogo(page.scriptErrors()));
    }

    private static List<String> withoutAttributionLogo(List<String> errors) {
        return errors.stream()
                .filter(e -> !(e.startsWith(REDOC_ATTRIBUTION_LOGO) && e.contains(" - Failed to load resource")))
                .toList();
    }

    /** Redoc's route of each operation: {@code tag/operationid}, in lower case. */
    private static Map<String, String> operationFragments() {
        Map<String, String> fragments = new TreeMap<>();
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(op -> fragments.put(
                                op.getOperationId(),
                                op.getTags().get(0).toLowerCase() + "/"
                                        + op.getOperationId().toLowerCase())));
        return fragments;
    }

    private static Stream<Map.Entry<String, Schema>> enumSchemas() {
        return api.getComponents().getSchemas().entrySet().stream()
                .filter(schema -> schema.getValue().getEnum() != null);
    }

    private static String schemaFragment(Map.Entry<String, Schema> schema) {
        return "schemas/" + schema.getKey().toLowerCase();
    }

    private static URI at(String fragment) {
        return URI.create(reference.toUri() + "#/" + fragment);
    }

    /** Redoc shows the first example's JSON; with several, a picker named by their summaries. */
    private static void assertFirstSuccessExampleShows(Operation op, String text) {
        ApiResponse success = op.getResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        Content content = Contract.deref(api, success).getContent();
        Map<String, Example> examples = content.get("application/json").getExamples();
        Example first = Contract.deref(api, examples.values().iterator().next());
        String firstKey =
                Json.mapper().valueToTree(first.getValue()).fieldNames().next();
        assertThat(text)
                .as("the first key of the example %s", first.getSummary())
                .contains("\"" + firstKey + "\"");
        if (examples.size() > 1) {
            assertThat(text).as("the example picker").contains(first.getSummary());
        }
    }
}
