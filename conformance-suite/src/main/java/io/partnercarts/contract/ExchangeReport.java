package io.partnercarts.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange behind a failure, attached to it as a suppressed exception by {@link ExchangeEvidence}: in a
 * report (JUnit XML, the kit's summary and HTML) it reads as the request, the status, what the contract
 * validator said and the part of the body it said it of. It carries no stack trace of its own.
 */
public final class ExchangeReport extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Exchange exchange;
    private final boolean contractViolation;
    private final List<String> violations;

    private ExchangeReport(Exchange exchange, boolean contractViolation, List<String> violations) {
        super(null, null, false, false);
        this.exchange = exchange;
        this.contractViolation = contractViolation;
        this.violations = List.copyOf(violations);
    }

    /** The exchange the contract validator refused, with each of its messages and the part of the body it names. */
    static ExchangeReport contractViolation(Exchange exchange, ValidationReport report) {
        List<String> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(violation(exchange, message, ""));
            }
        }
        return new ExchangeReport(exchange, true, violations);
    }

    /** The last exchange before a failure that is not the validator's: most often the one asserted on. */
    static ExchangeReport lastBefore(Exchange exchange) {
        return new ExchangeReport(exchange, false, List.of());
    }

    private static String violation(Exchange exchange, ValidationReport.Message message, String indent) {
        boolean request = message.getContext()
                .flatMap(MessageContext::getLocation)
                .map(location -> location == MessageContext.Location.REQUEST)
                .orElse(message.getKey().startsWith("validation.request"));
        StringBuilder text = new StringBuilder(indent)
                .append(request ? "request: " : "response: ")
                .append(message.getMessage());
        message.getAdditionalInfo()
                .forEach(info -> text.append(" (").append(info).append(')'));
        message.getContext()
                .flatMap(MessageContext::getPointers)
                .map(MessageContext.Pointers::getInstance)
                .ifPresent(pointer -> exchange.valueAt(pointer, request)
                        .ifPresent(value -> text.append('\n')
                                .append(indent)
                                .append("    the body at ")
                                .append(pointer)
                                .append(": ")
                                .append(value)));
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append('\n').append(violation(exchange, nested, indent + "    "));
        }
        return text.toString();
    }

    public Exchange exchange() {
        return exchange;
    }

    /** True when the contract validator refused the exchange; false for the last exchange before another failure. */
    public boolean contractViolation() {
        return contractViolation;
    }

    /** The validator's messages, each with the part of the body it names; empty when not a contract violation. */
    public List<String> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(
                contractViolation
                        ? "The exchange that broke the contract:\n"
                        : "The last exchange before the failure:\n");
        text.append(exchange.describe("  "));
        if (!violations.isEmpty()) {
            text.append("\n  what the contract validator said:");
            violations.forEach(violation -> text.append("\n  - ").append(violation.replace("\n", "\n    ")));
        }
        return text.toString();
    }

    /** Read in a stack trace as its message only. */
    @Override
    public String toString() {
        return getMessage();
    }
}
