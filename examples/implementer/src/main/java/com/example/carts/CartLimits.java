package com.example.carts;

import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartLineItem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The contract's limits and required properties, which the generated models carry as Bean Validation annotations,
 * plus the two that OpenAPI 3.0 cannot annotate (the keys and values of a provisioning context). A cart beyond
 * them is refused, every broken limit listed in the fault's data (at most 100, ApiFault's own limit).
 */
final class CartLimits {
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private CartLimits() {}

    static void check(Cart cart) {
        List<Map<String, String>> broken = new ArrayList<>();
        for (ConstraintViolation<Cart> violation : VALIDATOR.validate(cart)) {
            if (!withinCharacters(violation)) {
                broken.add(broken(violation.getPropertyPath().toString(), violation.getMessage()));
            }
        }
        List<CartLineItem> lines = cart.getLineItems() == null ? List.of() : cart.getLineItems();
        for (int i = 0; i < lines.size(); i++) {
            checkProvisioningContext("lineItems[" + i + "]", lines.get(i), broken);
        }
        if (!broken.isEmpty()) {
            broken.sort(Comparator.comparing(each -> each.get("property")));
            Map<String, String> first = broken.get(0);
            String description = "Property '" + first.get("property") + "': " + first.get("problem") + "."
                    + (broken.size() > 1 ? " And " + (broken.size() - 1) + " more, listed in data." : "");
            throw ApiFaults.refusal(
                    400, ApiFaults.INVALID_INPUT, description, broken.subList(0, Math.min(100, broken.size())));
        }
    }

    /** Keys of at most 64 characters, values of at most 256, in the line and its add-ons. */
    private static void checkProvisioningContext(String at, CartLineItem line, List<Map<String, String>> broken) {
        if (line.getProvisioningContext() != null) {
            line.getProvisioningContext().forEach((key, value) -> {
                if (key.codePointCount(0, key.length()) > 64) {
                    broken.add(broken(at + ".provisioningContext", "keys must be at most 64 characters long"));
                } else if (value.codePointCount(0, value.length()) > 256) {
                    broken.add(broken(at + ".provisioningContext." + key, "must be at most 256 characters long"));
                }
            });
        }
        List<CartLineItem> addons = line.getAddonItems() == null ? List.of() : line.getAddonItems();
        for (int i = 0; i < addons.size(); i++) {
            checkProvisioningContext(at + ".addonItems[" + i + "]", addons.get(i), broken);
        }
    }

    /** A string's limit counts characters, which Bean Validation's @Size counts in UTF-16 units: an emoji is two. */
    private static boolean withinCharacters(ConstraintViolation<?> violation) {
        return violation.getInvalidValue() instanceof String text
                && text.codePointCount(0, text.length())
                        <= (int) violation
                                .getConstraintDescriptor()
                                .getAttributes()
                                .get("max");
    }

    private static Map<String, String> broken(String property, String problem) {
        return Map.of("property", property, "problem", problem);
    }
}
