package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules in api-spec/.spectral.yaml, run by the same Spectral the build runs: the contract and
 * a small valid fixture lint clean, and each fixture {@code lint/broken-RULE.yaml} breaks exactly its
 * rule, at the expected JSON path, with a message that says how to fix it (a rule name's colons become
 * hyphens in the file name). The OWASP ruleset that the house rules extend is active, and every OWASP
 * rule switched off says why.
 */
class HouseRulesLintTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static Path fixtures;
    /** Spectral's findings for every fixture, by fixture file name. */
    private static Map<String, List<JsonNode>> findings;

    @BeforeAll
    static void lintAllFixtures() throws IOException, URISyntaxException {
        fixtures = Path.of(HouseRulesLintTest.class
                        .getClassLoader()
                        .getResource("lint/valid.yaml")
                        .toURI())
                .getParent();
        List<String> files;
        try (Stream<Path> listing = Files.list(fixtures)) {
            files = listing.map(Path::toString)
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        ExternalCommand spectral = spectral(files, "json");
        assertThat(spectral.exitCode())
                .as("spectral exit code (1 = violations found)%n%s", spectral.stderr())
                .isEqualTo(1);
        findings = new TreeMap<>();
        files.forEach(file -> findings.put(Path.of(file).getFileName().toString(), new ArrayList<>()));
        for (JsonNode finding : new ObjectMapper().readTree(spectral.stdout())) {
            findings.get(Path.of(finding.get("source").asText()).getFileName().toString())
                    .add(finding);
        }
    }

    @Test
    void theContractLintsClean() {
        ExternalCommand spectral = spectral(List.of(Contract.path().toString()), "stylish");
        assertThat(spectral.exitCode())
                .as("spectral on the contract:%n%s%s", spectral.stdout(), spectral.stderr())
                .isZero();
    }

    @Test
    void theValidFixtureLintsClean() {
        assertThat(findings.get("valid.yaml")).as("findings in valid.yaml").isEmpty();
    }

    static Stream<Arguments> brokenFixtures() {
        String operation = "paths./customers/{customer-id}/carts.get";
        return Stream.of(
                Arguments.of("operation-operationId", operation),
                Arguments.of("operation-summary", operation),
                Arguments.of("operation-description", operation),
                Arguments.of("operation-tags", operation),
                Arguments.of("parameter-description", "components.parameters.CustomerId"),
                Arguments.of("schema-description", "components.schemas.Cart"),
                Arguments.of("property-description", "components.schemas.Cart.properties.lineCount"),
                Arguments.of("property-name-camel-case", "components.schemas.Cart.properties.line_count"),
                Arguments.of("parameter-name-camel-case", "components.parameters.CustomerId.name"),
                Arguments.of("error-response-api-fault", operation + ".responses.500"),
                Arguments.of("oas3-unused-component", "components.schemas.Orphan"),
                Arguments.of("no-inline-copy-of-named-schema", "components.schemas.Cart.properties.previousStatus"),
                Arguments.of("owasp:api4:2023-string-limit", "components.parameters.CustomerId.schema"),
                Arguments.of("owasp:api8:2023-no-server-http", "servers.0.url"));
    }

    @ParameterizedTest(name = "{0} fires at {1}")
    @MethodSource("brokenFixtures")
    void eachRuleFiresOnItsBrokenFixture(String rule, String path) {
        List<JsonNode> found = findings.get(fixture(rule));
        assertThat(found).as("findings in %s", fixture(rule)).isNotNull();
        assertThat(found)
                .extracting(f -> f.get("code").asText())
                .as("rules that fired")
                .containsExactly(rule);
        JsonNode finding = found.get(0);
        assertThat(dotted(finding.get("path"))).as("JSON path").isEqualTo(path);
        assertThat(finding.get("severity").asInt()).as("severity (0 = error)").isZero();
        assertThat(finding.get("message").asText()).as("message").matches("\\S.*\\. Fix: \\S.*");
    }

    @Test
    void everyHouseRuleHasABrokenFixture() throws IOException {
        Set<String> ruleNames = new TreeSet<>();
        houseRules().properties().forEach(rule -> {
            if (rule.getValue().isObject()) {
                ruleNames.add(rule.getKey());
            }
        });
        Set<String> tested =
                brokenFixtures().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).as("rules with a broken fixture").isEqualTo(ruleNames);
    }

    /**
     * The OWASP ruleset is extended, not only the two rules adapted from it: one of its own rules fires on
     * an array without maxItems.
     */
    @Test
    void theOwaspRulesetIsActive() {
        List<JsonNode> found = findings.get(fixture("owasp:api4:2023-array-limit"));
        assertThat(found)
                .extracting(f -> f.get("code").asText())
                .as("rules that fired")
                .containsExactly("owasp:api4:2023-array-limit");
        assertThat(dotted(found.get(0).get("path"))).isEqualTo("components.schemas.Cart.properties.history");
        assertThat(found.get(0).get("severity").asInt())
                .as("severity (0 = error)")
                .isZero();
    }

    /** A rule is switched off only with its reason, a comment right above it, and only an OWASP rule. */
    @Test
    void everySwitchedOffRuleSaysWhy() throws IOException {
        List<String> lines = Files.readAllLines(BuildSetting.path("spec.ruleset"));
        List<String> off = new ArrayList<>();
        houseRules().properties().forEach(rule -> {
            if (!rule.getValue().isObject()) {
                off.add(rule.getKey());
            }
        });
        assertThat(off).as("rules switched off").isNotEmpty().allMatch(rule -> rule.startsWith("owasp:"));
        for (String rule : off) {
            int at = lines.indexOf("  " + rule + ": off");
            assertThat(at).as("`%s: off` on a line of its own", rule).isPositive();
            assertThat(lines.get(at - 1).trim())
                    .as("the line above `%s: off`", rule)
                    .startsWith("# ");
        }
    }

    /** What the build prints: one line per violation with the rule, the message with its fix, and the path. */
    @Test
    void theBuildOutputNamesTheRuleThePathAndTheFix() {
        ExternalCommand spectral = spectral(
                List.of(fixtures.resolve("broken-property-name-camel-case.yaml").toString()), "stylish");
        assertThat(spectral.exitCode()).isEqualTo(1);
        assertThat(spectral.stdout().lines().filter(line -> line.contains(" error ")))
                .singleElement()
                .asString()
                .contains("property-name-camel-case")
                .contains("The name 'line_count' is not camelCase. Fix: rename it in camelCase")
                .contains("components.schemas.Cart.properties.line_count");
    }

    /** Wire names listed as exceptions pass: valid.yaml names its path parameter customer-id. */
    @Test
    void aListedWireNameIsAccepted() throws IOException {
        assertThat(Files.readString(fixtures.resolve("valid.yaml"))).contains("name: customer-id");
        assertThat(findings.get("valid.yaml")).isEmpty();
        assertThat(findings.get("broken-parameter-name-camel-case.yaml"))
                .extracting(f -> f.get("message").asText())
                .singleElement()
                .asString()
                .contains("'customer_id'");
    }

    private static JsonNode houseRules() throws IOException {
        return new YAMLMapper()
                .readTree(BuildSetting.path("spec.ruleset").toFile())
                .get("rules");
    }

    /** {@code broken-owasp-api4-2023-string-limit.yaml} for {@code owasp:api4:2023-string-limit}. */
    private static String fixture(String rule) {
        return "broken-" + rule.replace(':', '-') + ".yaml";
    }

    private static ExternalCommand spectral(List<String> files, String format) {
        List<String> command = new ArrayList<>(List.of(
                BuildSetting.path("spec.tools.bin").resolve("spectral").toString(),
                "lint",
                "--ruleset",
                BuildSetting.path("spec.ruleset").toString(),
                "--fail-severity",
                "warn",
                "--format",
                format));
        command.addAll(files);
        return ExternalCommand.run(command, TIMEOUT);
    }

    private static String dotted(JsonNode path) {
        List<String> parts = new ArrayList<>();
        Iterator<JsonNode> it = path.elements();
        it.forEachRemaining(p -> parts.add(p.asText()));
        return String.join(".", parts);
    }
}
