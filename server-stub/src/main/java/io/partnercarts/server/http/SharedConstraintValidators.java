package io.partnercarts.server.http;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.validation.ValidationConfig;

/**
 * Validates with the validator factory's own constraint validators. Jersey otherwise hands Hibernate
 * Validator a factory of its own that can inject into validators (none of ours needs it), and with any
 * factory but its default Hibernate Validator looks every constraint's validator up in a shared cache on
 * every call: more than a third of the time a create took.
 */
@Provider
public final class SharedConstraintValidators implements ContextResolver<ValidationConfig> {
    private final ValidationConfig config;

    @Inject
    public SharedConstraintValidators(ValidatorFactory factory) {
        this.config = new ValidationConfig().constraintValidatorFactory(factory.getConstraintValidatorFactory());
    }

    @Override
    public ValidationConfig getContext(Class<?> type) {
        return config;
    }
}
