package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * compatible changes pass, every kind of incompatible change fails unless the major version was raised,
 * and only a new limit listed with its exact value is accepted without one.
 */
class BreakingChangeGateTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final BreakingChangeGate.AcceptedLimits NONE = BreakingChangeGate.AcceptedLimits.none();
    private static final String FRIENDLY_NAME = "#/components/schemas/CartLineItem/properties/friendlyName";

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
        assertThat(verdict.passes())
                .as("%s (written to %s)", verdict.changelog(), changelog)
                .isTrue();
    }

    /** The limits accepted against 1.0.0 are read from beside it (and all used: see the test above). */
    @Test
    void theAcceptedLimitsAreReadFromBesideTheBaseline() {
        BreakingChangeGate.AcceptedLimits accepted = BreakingChangeGate.AcceptedLimits.besides(baseline);

        assertThat(accepted.file())
                .isEqualTo(baseline.getFileName().toString().replace(".yaml", "-accepted-limits.yaml"));
        assertThat(accepted.limits())
                .containsEntry(
                        "#/components/schemas/CartLineItem/properties/friendlyName",
                        Map.of("maxLength", new BigDecimal(256)));
    }

    @Test
    void theLatestBaselineIsChosenByVersionNotByName() throws IOException {
        for (String name : new String[] {"1.9.0.yaml", "1.10.0.yaml", "1.10.0-accepted-limits.yaml", "README.md"}) {
            Files.writeString(work.resolve(name), "");
        }
        assertThat(BreakingChangeGate.latestBaseline(work).getFileName()).hasToString("1.10.0.yaml");
    }

    static Stream<Arguments> compatibleChanges() {
        return Stream.of(
                Arguments.of("no change", change(doc -> {})),
                Arguments.of(
                        "a new optional property",
                        change(doc -> ((ObjectNode) doc.at("/components/schemas/Cart/properties"))
                                .putObject("note")
                                .put("type", "string")
                                .put("description", "A note."))),
                Arguments.of(
                        "a longer description",
                        change(doc -> ((ObjectNode) doc.at("/components/schemas/Cart"))
                                .put("description", "A customer's cart, waiting to be checked out."))));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("compatibleChanges")
    void aCompatibleChangePasses(String what, Consumer<JsonNode> change) throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(change), NONE);

        assertThat(verdict.incompatible()).as(verdict.changelog()).isFalse();
        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.changelog()).contains("verdict: compatible with the baseline");
    }

    static Stream<Arguments> incompatibleChanges() {
        return Stream.of(
                Arguments.of(
                        "a removed operation",
                        "GET",
                        change(doc -> ((ObjectNode) doc.at("/paths/~1customers~1{customer-id}~1carts~1{cart-id}"))
                                .remove("get"))),
                Arguments.of(
                        "a removed property",
                        "lastModifiedUser",
                        change(doc -> ((ObjectNode) doc.at("/components/schemas/Cart/properties"))
                                .remove("lastModifiedUser"))),
                Arguments.of(
                        "a new required request field",
                        "promotionId",
                        change(doc ->
                                ((ArrayNode) doc.at("/components/schemas/CartLineItem/required")).add("promotionId"))),
                Arguments.of(
                        "a narrowed enum",
                        "biennial",
                        change(doc -> removeValue(
                                (ArrayNode) doc.at("/components/schemas/BillingCycleType/enum"), "biennial"))),
                Arguments.of(
                        "a narrowed response-only enum",
                        "suspended",
                        change(doc ->
                                removeValue((ArrayNode) doc.at("/components/schemas/OrderStatus/enum"), "suspended"))),
                Arguments.of(
                        "a changed type",
                        "quantity",
                        change(doc -> ((ObjectNode) doc.at("/components/schemas/CartLineItem/properties/quantity"))
                                .put("type", "string")
                                .remove("format"))),
                Arguments.of(
                        "a new limit on a request string",
                        "friendlyName",
                        change(doc -> ((ObjectNode) doc.at(FRIENDLY_NAME.substring(1))).put("maxLength", 256))),
                // openapi-diff alone lets this one pass; the gate does not.
                Arguments.of(
                        "a new limit on a request array",
                        "lineItems",
                        change(doc -> ((ObjectNode) doc.at("/components/schemas/Cart/properties/lineItems"))
                                .put("maxItems", 100))));
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("incompatibleChanges")
    void anIncompatibleChangeFails(String what, String mentioned, Consumer<JsonNode> change) throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline, derived(change), NONE);

        assertThat(verdict.incompatible()).as(verdict.changelog()).isTrue();
        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.changelog()).contains("INCOMPATIBLE").contains(mentioned);
    }

    @ParameterizedTest(name = "{0} passes with a new major version")
    @MethodSource("incompatibleChanges")
    void anIncompatibleChangePassesWhenTheMajorVersionIsRaised(String what, String mentioned, Consumer<JsonNode> change)
            throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(
                baseline, derived(change.andThen(doc -> ((ObjectNode) doc.at("/info")).put("version", "2.0.0"))), NONE);

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.passes()).as(verdict.changelog()).isTrue();
        assertThat(verdict.changelog()).contains("incompatible, allowed by the new major version");
    }

    @Test
    void aMinorVersionDoesNotExcuseABreak() throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(
                baseline,
                derived(doc -> {
                    ((ObjectNode) doc.at("/components/schemas/Cart/properties")).remove("lastModifiedUser");
                    ((ObjectNode) doc.at("/info")).put("version", "1.1.0");
                }),
                NONE);

        assertThat(verdict.passes()).isFalse();
    }

    // ---------------------------------------------------------------- accepted new limits

    @Test
    void aListedNewLimitPasses() throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(
                baseline,
                derived(doc -> ((ObjectNode) doc.at(FRIENDLY_NAME.substring(1))).put("maxLength", 256)),
                accepting(FRIENDLY_NAME, "maxLength", 256));

        assertThat(verdict.incompatible()).as(verdict.changelog()).isFalse();
        assertThat(verdict.changelog())
                .contains("verdict: compatible with the baseline, with the new limits accepted in")
                .contains("new maxLength 256 at `" + FRIENDLY_NAME + "`");
    }

    @Test
    void aNewLimitWithAnotherValueThanListedFails() throws IOException {
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(
                baseline,
                derived(doc -> ((ObjectNode) doc.at(FRIENDLY_NAME.substring(1))).put("maxLength", 100)),
                accepting(FRIENDLY_NAME, "maxLength", 256));

        assertThat(verdict.passes()).as(verdict.changelog()).isFalse();
        assertThat(verdict.changelog())
                .contains("INCOMPATIBLE")
                .contains("new maxLength 100 at `" + FRIENDLY_NAME + "`")
                .contains("maxLength 256 at `" + FRIENDLY_NAME + "`");
    }

    /** Only a limit where the baseline had none can be accepted: lowering one is a break like any other. */
    @Test
    void aLoweredLimitCannotBeAccepted() throws IOException {
        Path limited = derived(doc -> ((ObjectNode) doc.at(FRIENDLY_NAME.substring(1))).put("maxLength", 256));
        Path older = work.resolve("older.yaml");
        Files.move(limited, older);

        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(
                older,
                derived(doc -> ((ObjectNode) doc.at(FRIENDLY_NAME.substring(1))).put("maxLength", 100)),
                accepting(FRIENDLY_NAME, "maxLength", 100));

        assertThat(verdict.passes()).as(verdict.changelog()).isFalse();
        assertThat(verdict.changelog()).contains("maxLength changed at `" + FRIENDLY_NAME + "`");
    }

    /** The list stays true: an entry that matches no change fails until it is removed. */
    @Test
    void aListedLimitThatIsNoChangeFails() throws IOException {
        BreakingChangeGate.Verdict verdict =
                BreakingChangeGate.judge(baseline, derived(doc -> {}), accepting(FRIENDLY_NAME, "maxLength", 256));

        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.changelog())
                .contains("but not a change of this contract")
                .contains("maxLength 256 at `" + FRIENDLY_NAME + "`");
    }

    @Test
    void onlyLimitsCanBeListed() throws IOException {
        Files.writeString(work.resolve("1.0.0.yaml"), "");
        Files.writeString(work.resolve("1.0.0-accepted-limits.yaml"), """
                reason: A test.
                limits:
                  '#/components/schemas/CartLineItem': {required: 1}
                """);

        assertThatThrownBy(() -> BreakingChangeGate.AcceptedLimits.besides(work.resolve("1.0.0.yaml")))
                .hasMessageContaining("only new limits can be accepted");
    }

    @Test
    void acceptedLimitsNeedAReason() throws IOException {
        Files.writeString(work.resolve("1.0.0.yaml"), "");
        Files.writeString(work.resolve("1.0.0-accepted-limits.yaml"), """
                limits:
                  '#/components/schemas/CartLineItem/properties/friendlyName': {maxLength: 256}
                """);

        assertThatThrownBy(() -> BreakingChangeGate.AcceptedLimits.besides(work.resolve("1.0.0.yaml")))
                .hasMessageContaining("needs a `reason`");
    }

    private static BreakingChangeGate.AcceptedLimits accepting(String where, String kind, int value) {
        return new BreakingChangeGate.AcceptedLimits(
                "test-accepted-limits.yaml", Map.of(where, Map.of(kind, new BigDecimal(value))));
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
