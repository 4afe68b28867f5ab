package io.partnercarts.contract;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the OpenAPI validator checks of every answer besides the contract's schemas ({@link ContractValidation}),
 * about the properties the contract does not name ({@link AnswerShape}). The validator itself allows them (the
 * contract never says {@code additionalProperties: false}); this refuses the ones that are a contract's name in
 * another case, and notes the others ({@link #notes()}), so that a run against an implementation that adds
 * properties says which.
 */
public final class UnnamedProperties implements CustomResponseValidator {
    /** The key of the validator's message for a property spelt otherwise than the contract names it. */
    public static final String MISCASED_KEY = "validation.response.body.schema.propertyCase";

    private static final Set<String> NOTES = ConcurrentHashMap.newKeySet();

    @Override
    public ValidationReport validate(Response response, ApiOperation apiOperation) {
        String operationId = apiOperation.getOperation().getOperationId();
        Optional<Schema<?>> schema =
                operationId == null ? Optional.empty() : AnswerShape.of(operationId, response.getStatus());
        Optional<JsonNode> body = response.getResponseBody().flatMap(UnnamedProperties::parse);
        if (schema.isEmpty() || body.isEmpty()) {
            return ValidationReport.empty();
        }
        List<AnswerShape.Unnamed> unnamed = AnswerShape.unnamed(schema.get(), body.get());
        String answer = operationId + " " + response.getStatus();
        List<String> firstSeen = unnamed.stream()
                .filter(property -> !property.miscased())
                .map(property -> property.pointer().replaceAll("/\\d+(?=/|$)", "/*"))
                .distinct()
                .filter(pointer -> NOTES.add(answer + ": " + pointer))
                .toList();
        if (!firstSeen.isEmpty()) {
            System.out.println("contract note: " + answer + " carries properties the contract does not name"
                    + " (allowed, left out of comparisons): " + String.join(", ", firstSeen));
        }
        return ValidationReport.from(unnamed.stream()
                .filter(AnswerShape.Unnamed::miscased)
                .map(property -> ValidationReport.Message.create(
                                MISCASED_KEY,
                                "[Path '" + property.pointer() + "'] The contract's property '" + property.named()
                                        + "' in another case: answers use the contract's names as they are"
                                        + " spelt")
                        .build())
                .toList());
    }

    /**
     * The notes of this test JVM so far, sorted: each an operation, a status and a property that its answers
     * carried and the contract does not name ({@code createCart 201: /lineItems/*}{@code /extra}: a JSON pointer,
     * {@code *} for any array index). Each is also printed when first seen.
     */
    public static List<String> notes() {
        return List.copyOf(new TreeSet<>(NOTES));
    }

    private static Optional<JsonNode> parse(Body body) {
        try {
            return body.hasBody() ? Optional.of(body.toJsonNode()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
