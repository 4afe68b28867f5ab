package com.example.carts;

import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartLineItem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The contract's limits and required properties, which the generated models carry as Bean Validation annotations,
 * plus the two that OpenAPI 3.0 cannot annotate (the keys and values of a provisioning context). A cart beyond
 * them is refused with every broken limit named.
 */
final class CartLimits {
    /** ApiFault's own limits: at most 1,024 characters of description and 100 entries of data. */
    private static final int DESCRIBED = 960;

    private static final int LISTED = 100;

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private record Broken(String property, String problem) {}

    private CartLimits() {}

    static void check(Cart cart) {
        List<Broken> broken = new ArrayList<>();
        for (ConstraintViolation<Cart> violation : VALIDATOR.validate(cart)) {
            String problem = problem(violation);
            if (problem != null) {
                broken.add(new Broken(violation.getPropertyPath().toString(), problem));
            }
        }
        List<CartLineItem> lines = cart.getLineItems() == null ? List.of() : cart.getLineItems();
        for (int i = 0; i < lines.size(); i++) {
            checkProvisioningContext("lineItems[" + i + "]", lines.get(i), broken);
        }
        if (broken.isEmpty()) {
            return;
        }
        broken.sort(Comparator.comparing(Broken::property));
        StringBuilder description = new StringBuilder();
        int described = 0;
        for (Broken each : broken) {
            String sentence = "Property '" + each.property() + "' " + each.problem() + ".";
            if (described > 0 && description.length() + sentence.length() > DESCRIBED) {
                break;
            }
            description.append(described++ == 0 ? "" : " ").append(sentence);
        }
        if (described < broken.size()) {
            description.append(" And ").append(broken.size() - described).append(" more.");
        }
        List<Map<String, String>> data = broken.stream()
                .limit(LISTED)
                .map(each -> Map.of("property", each.property(), "problem", each.problem()))
                .toList();
        throw new ApiFaults.Refusal(400, ApiFaults.INVALID_INPUT, description.toString(), data);
    }

    /** Keys of at most 64 characters, values of at most 256, in the line and its add-ons. */
    private static void checkProvisioningContext(String at, CartLineItem line, List<Broken> broken) {
        if (line.getProvisioningContext() != null) {
            line.getProvisioningContext().forEach((key, value) -> {
                if (key.codePointCount(0, key.length()) > 64) {
                    broken.add(new Broken(at + ".provisioningContext", "must have keys of at most 64 characters"));
                } else if (value.codePointCount(0, value.length()) > 256) {
                    broken.add(new Broken(at + ".provisioningContext." + key, "must be at most 256 characters long"));
                }
            });
        }
        List<CartLineItem> addons = line.getAddonItems() == null ? List.of() : line.getAddonItems();
        for (int i = 0; i < addons.size(); i++) {
            checkProvisioningContext(at + ".addonItems[" + i + "]", addons.get(i), broken);
        }
    }

    /** What is wrong, in the contract's terms; null when only a UTF-16 count broke it (limits count characters). */
    private static String problem(ConstraintViolation<?> violation) {
        Map<String, Object> limit = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        return switch (violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotNull" -> "is required";
            case "Min" -> "must be at least " + limit.get("value");
            case "Max" -> "must be at most " + limit.get("value");
            case "Size" -> size(value, (int) limit.get("min"), (int) limit.get("max"));
            default -> "is not valid";
        };
    }

    private static String size(Object value, int min, int max) {
        if (value instanceof String text) {
            int length = text.codePointCount(0, text.length());
            return length > max ? "must be at most " + max + " characters long" : null;
        }
        int size = value instanceof Collection<?> collection ? collection.size() : ((Map<?, ?>) value).size();
        return size < min ? "must have at least " + min + " items" : "must have at most " + max + " items";
    }
}
