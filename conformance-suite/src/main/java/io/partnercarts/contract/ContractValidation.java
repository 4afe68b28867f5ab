package io.partnercarts.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.schema.SchemaValidator;

/**
 * The Atlassian validator over the packaged contract, as REST Assured filters. Every exchange of the
 * suite goes through one of them:
 * <ul>
 * <li>{@link #exchange()} checks the request and the response: for requests that follow the contract;</li>
 * <li>{@link #responseOnly()} checks only the response: for requests that break the contract on purpose
 * (malformed JSON, a missing token, the .NET SDK's PascalCase body), whose answer must still be one the
 * contract documents.</li>
 * </ul>
 * {@link #validateResponse} checks a response that another client received, the way {@link #responseOnly()} does.
 *
 * <p>No stricter than the contract: a property the contract does not name is allowed (the validator would
 * otherwise treat every schema as {@code additionalProperties: false}; the contract says that nowhere), and
 * {@link UnnamedProperties} notes it, but refuses a contract's name spelt in another case. An explicit
 * {@code additionalProperties: false} in the contract would still be enforced.
 */
public final class ContractValidation {
    private final OpenApiValidationFilter exchange;
    private final OpenApiInteractionValidator responseValidator;
    private final OpenApiValidationFilter responseOnly;

    public ContractValidation(String apiBasePath) {
        this.exchange = new OpenApiValidationFilter(validator(
                apiBasePath,
                LevelResolver.create()
                        .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
                        .build()));
        this.responseValidator = validator(
                apiBasePath,
                LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
                        .build());
        this.responseOnly = new OpenApiValidationFilter(responseValidator);
    }

    private static OpenApiInteractionValidator validator(String apiBasePath, LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(PackagedContract.text())
                .withBasePathOverride(apiBasePath)
                .withResolveCombinators(true)
                .withLevelResolver(levels)
                .withCustomResponseValidation(new UnnamedProperties())
                .build();
    }

    OpenApiValidationFilter exchange() {
        return exchange;
    }

    OpenApiValidationFilter responseOnly() {
        return responseOnly;
    }

    /** The response to {@code method} on {@code path} (the whole path, API root included) against the contract. */
    public ValidationReport validateResponse(String path, Request.Method method, Response response) {
        return responseValidator.validateResponse(path, method, response);
    }
}
