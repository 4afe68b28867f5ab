package io.partnercarts.contract.hostile;

import io.partnercarts.contract.PackagedContract;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One property of a request body as the contract describes it: where it sits, its schema ({@code $ref}
 * resolved), whether its object requires it, whether the service sets it (and so ignores it on input),
 * and whether it is a value of a map ({@code additionalProperties}) rather than a named property.
 */
record SchemaField(TreePath path, Schema<?> schema, boolean required, boolean serviceSet, boolean mapValue) {

    String type() {
        return schema.getType() == null ? "object" : schema.getType();
    }

    boolean is(String type) {
        return type().equals(type);
    }

    /** An object with named properties (a map is an object without them). */
    boolean hasProperties() {
        return is("object")
                && schema.getProperties() != null
                && !schema.getProperties().isEmpty();
    }

    List<String> enumValues() {
        return schema.getEnum() == null
                ? List.of()
                : schema.getEnum().stream().map(String::valueOf).toList();
    }

    /** A string the partner writes freely: no enum, format or pattern decides what it may hold. */
    boolean freeText() {
        return is("string") && enumValues().isEmpty() && schema.getFormat() == null && schema.getPattern() == null;
    }

    Optional<Integer> maxLength() {
        return Optional.ofNullable(schema.getMaxLength());
    }

    Optional<Integer> minLength() {
        return Optional.ofNullable(schema.getMinLength());
    }

    Optional<Integer> maxItems() {
        return Optional.ofNullable(schema.getMaxItems());
    }

    Optional<Integer> minItems() {
        return Optional.ofNullable(schema.getMinItems());
    }

    Optional<BigDecimal> minimum() {
        return Optional.ofNullable(schema.getMinimum());
    }

    Optional<BigDecimal> maximum() {
        return Optional.ofNullable(schema.getMaximum());
    }

    /** Its items' schema, for an array. */
    Schema<?> items() {
        return PackagedContract.resolved(schema.getItems());
    }

    /** What a break of this field must get: refused, unless the service ignores the field anyway. */
    Outcome refusal() {
        return serviceSet ? Outcome.ACCEPTED_OR_REFUSED : Outcome.REFUSED;
    }

    /** What a valid but odd value of this field must get. */
    Outcome acceptance() {
        return serviceSet ? Outcome.ACCEPTED_OR_REFUSED : Outcome.ACCEPTED;
    }

    String label() {
        return path.label();
    }

    /** A refusal of this field must name it. */
    AnswerCheck refusalNamesIt() {
        return AnswerCheck.refusalNames(path.name());
    }
}
