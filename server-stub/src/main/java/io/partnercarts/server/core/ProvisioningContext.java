package io.partnercarts.server.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A line's provisioning context, as every record holds it. */
final class ProvisioningContext {
    private ProvisioningContext() {}

    /**
     * An unmodifiable copy that keeps the order the partner sent its keys in (answers list them so) and
     * null values (the provisioning rule reports them), which {@link Map#copyOf} would not.
     */
    static Map<String, String> copyOf(Map<String, String> context) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(context, "provisioningContext")));
    }
}
