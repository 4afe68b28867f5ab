package io.partnercarts.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * The Atlassian validator over the packaged contract, as REST Assured filters. Every exchange of the
 * suite goes through one of them:
 * <ul>
 * <li>{@link #exchange()} checks the request and the response: for requests that follow the contract;</li>
 * <li>{@link #responseOnly()} checks only the response: for requests that break the contract on purpose
 * (malformed JSON, a missing token, the .NET SDK's PascalCase body), whose answer must still be one the
 * contract documents.</li>
 * </ul>
 */
final class ContractValidation {
    private final OpenApiValidationFilter exchange;
    private final OpenApiValidationFilter responseOnly;

    ContractValidation(String apiBasePath) {
        this.exchange = new OpenApiValidationFilter(validator(apiBasePath, LevelResolver.create().build()));
        this.responseOnly = new OpenApiValidationFilter(validator(apiBasePath, LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .build()));
    }

    private static OpenApiInteractionValidator validator(String apiBasePath, LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(PackagedContract.text())
                .withBasePathOverride(apiBasePath)
                .withResolveCombinators(true)
                .withLevelResolver(levels)
                .build();
    }

    OpenApiValidationFilter exchange() {
        return exchange;
    }

    OpenApiValidationFilter responseOnly() {
        return responseOnly;
    }
}
