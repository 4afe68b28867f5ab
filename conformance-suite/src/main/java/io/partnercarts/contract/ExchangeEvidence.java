package io.partnercarts.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Attaches the exchange behind a failing test to its failure ({@link ExchangeReport}, a suppressed exception):
 * the one the contract validator refused, or else the last one before the failure. Registered for every test
 * through {@code META-INF/services/org.junit.jupiter.api.extension.Extension}, with the configuration
 * parameter {@code junit.jupiter.extensions.autodetection.enabled=true} (the conformance kit sets it, and so
 * does this project's build).
 */
public final class ExchangeEvidence implements BeforeEachCallback, TestExecutionExceptionHandler {
    @Override
    public void beforeEach(ExtensionContext context) {
        ExchangeRecorder.clear();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        evidenceFor(thrown).ifPresent(thrown::addSuppressed);
        throw thrown;
    }

    static Optional<ExchangeReport> evidenceFor(Throwable thrown) {
        Optional<ValidationReport> refusal = validationReport(thrown);
        List<Exchange> recent = ExchangeRecorder.recent();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        Exchange last = recent.get(recent.size() - 1);
        if (refusal.isEmpty()) {
            return Optional.of(ExchangeReport.lastBefore(last));
        }
        Exchange refused = refusal.get().getMessages().stream()
                .flatMap(message -> message.getContext().stream())
                .findFirst()
                .flatMap(context -> matching(recent, context))
                .orElse(last);
        return Optional.of(ExchangeReport.contractViolation(refused, refusal.get()));
    }

    /** The latest recorded exchange of the refused request's method and path. */
    private static Optional<Exchange> matching(List<Exchange> recent, ValidationReport.MessageContext context) {
        Optional<Request.Method> method = context.getRequestMethod();
        Optional<String> path = context.getRequestPath();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Exchange exchange = recent.get(i);
            String exchangePath = exchange.target().replaceFirst("\\?.*", "");
            if (method.map(m -> m.name().equals(exchange.method())).orElse(true)
                    && path.map(exchangePath::endsWith).orElse(true)) {
                return Optional.of(exchange);
            }
        }
        return Optional.empty();
    }

    private static Optional<ValidationReport> validationReport(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenApiValidationException refusal) {
                return Optional.of(refusal.getValidationReport());
            }
        }
        return Optional.empty();
    }
}
