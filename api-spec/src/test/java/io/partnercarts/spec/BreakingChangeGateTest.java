package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate on the real contract, and the gate itself on copies of the baseline with one change each:
 * compatible changes pass, every kind of incompatible change fails unless the major version was raised.
 */
class BreakingChangeGateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path baseline;

    @TempDir
    Path work;

    @BeforeAll
    static void findBaseline() {
        baseline = BreakingChangeGate.latestBaseline(BuildSetting.path("spec.baselines"));
    }

    @Test
    void theContractKeepsTheBaselineOrRaisesTheMajorVersion() throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, Contract.path());

        Path changelog = BuildSetting.path("spec.changelog");
        Files.createDirectories(changelog.getParent());
        Files.writeString(changelog, verdict.changelog());
        assertThat(verdict.passes()).as("%s (written to %s)", verdict.changelog(), changelog).isTrue();
    }

    @Test
    void theLatestBaselineIsChosenByVersionNotByName() throws IOException {
        for (String name : new String[] {"1.9.0.yaml", "1.10.0.yaml", "README.md"}) {
            Files.writeString(work.resolve(name), "");
        }
        assertThat(BreakingChangeGate.latestBaseline(work).getFileName()).hasToString("1.10.0.yaml");
    }

    static Stream<Arguments> compatibleChanges() {
        return Stream.of(
                Arguments.of("no change", change(doc -> { })),
                Arguments.of("a new optional property", change(doc -> ((ObjectNode) doc.at(
                        "/components/schemas/Cart/properties")).putObject("note").put("type", "string")
                        .put("description", "A note."))),
                Arguments.of("a longer description", change(doc -> ((ObjectNode) doc.at("/components/schemas/Cart"))
                        .put("description", "A customer's cart, waiting to be checked out."))));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("compatibleChanges")
    void aCompatibleChangePasses(String what, Consumer<JsonNode> change) throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(change));

        assertThat(verdict.incompatible()).as(verdict.changelog()).isFalse();
        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.changelog()).contains("verdict: compatible with the baseline");
    }

    static Stream<Arguments> incompatibleChanges() {
        return Stream.of(
                Arguments.of("a removed operation", "GET", change(doc -> ((ObjectNode) doc.at(
                        "/paths/~1customers~1{customer-id}~1carts~1{cart-id}")).remove("get"))),
                Arguments.of("a removed property", "lastModifiedUser", change(doc -> ((ObjectNode) doc.at(
                        "/components/schemas/Cart/properties")).remove("lastModifiedUser"))),
                Arguments.of("a new required request field", "promotionId", change(doc -> ((ArrayNode) doc.at(
                        "/components/schemas/CartLineItem/required")).add("promotionId"))),
                Arguments.of("a narrowed enum", "biennial", change(doc -> removeValue((ArrayNode) doc.at(
                        "/components/schemas/BillingCycleType/enum"), "biennial"))),
                Arguments.of("a narrowed response-only enum", "suspended", change(doc -> removeValue((ArrayNode) doc.at(
                        "/components/schemas/OrderStatus/enum"), "suspended"))),
                Arguments.of("a changed type", "quantity", change(doc -> ((ObjectNode) doc.at(
                        "/components/schemas/CartLineItem/properties/quantity")).put("type", "string")
                        .remove("format"))));
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("incompatibleChanges")
    void anIncompatibleChangeFails(String what, String mentioned, Consumer<JsonNode> change) throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(change));

        assertThat(verdict.incompatible()).as(verdict.changelog()).isTrue();
        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.changelog()).contains("INCOMPATIBLE").contains(mentioned);
    }

    @ParameterizedTest(name = "{0} passes with a new major version")
    @MethodSource("incompatibleChanges")
    void anIncompatibleChangePassesWhenTheMajorVersionIsRaised(String what, String mentioned,
            Consumer<JsonNode> change) throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(change.andThen(
                doc -> ((ObjectNode) doc.at("/info")).put("version", "2.0.0"))));

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.passes()).as(verdict.changelog()).isTrue();
        assertThat(verdict.changelog()).contains("incompatible, allowed by the new major version");
    }

    @Test
    void aMinorVersionDoesNotExcuseABreak() throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(doc -> {
            ((ObjectNode) doc.at("/components/schemas/Cart/properties")).remove("lastModifiedUser");
            ((ObjectNode) doc.at("/info")).put("version", "1.1.0");
        }));

        assertThat(verdict.passes()).isFalse();
    }

    /** Lets the parameterized tests name their change as a lambda. */
    private static Consumer<JsonNode> change(Consumer<JsonNode> change) {
        return change;
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + array);
    }

    /** A copy of the baseline with one change applied. */
    private Path derived(Consumer<JsonNode> change) throws IOException {
        JsonNode doc = YAML.readTree(baseline.toFile());
        change.accept(doc);
        Path file = work.resolve("changed.yaml");
        YAML.writeValue(file.toFile(), doc);
        return file;
    }
}
