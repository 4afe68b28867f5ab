package io.partnercarts.conformance;

import io.partnercarts.contract.ExchangeReport;
import java.util.Arrays;
import java.util.Optional;

/**
 * A failure in words an implementer can act on without reading the suite: for an exchange the contract validator
 * refused, that exchange (method, path, status), what the validator said and the part of the body it said it of;
 * for another failure, what the test asserted and the last exchange before it.
 *
 * @param headline one line: the refused exchange and the validator's first message, or the assertion's first line
 * @param detail every line of it
 */
record FailureText(String headline, String detail) {
    private static final int HEADLINE = 240;
    private static final int MESSAGE_LINES = 20;

    static FailureText of(Throwable thrown) {
        Optional<ExchangeReport> evidence = Arrays.stream(thrown.getSuppressed())
                .filter(ExchangeReport.class::isInstance)
                .map(ExchangeReport.class::cast)
                .findFirst();
        if (evidence.isPresent() && evidence.get().contractViolation()) {
            ExchangeReport refused = evidence.get();
            String said = refused.violations().isEmpty()
                    ? "the contract validator refused it"
                    : firstLine(refused.violations().get(0));
            return new FailureText(
                    cut(refused.exchange().line() + " breaks the contract: " + said), refused.getMessage());
        }
        String message = message(thrown);
        StringBuilder detail = new StringBuilder(firstLines(message));
        for (Throwable cause = thrown.getCause(); cause != null && cause != thrown; cause = cause.getCause()) {
            detail.append("\ncaused by ").append(firstLine(message(cause)));
        }
        evidence.ifPresent(last -> detail.append('\n').append(last.getMessage()));
        return new FailureText(cut(firstLine(message)), detail.toString());
    }

    /** The message, with the exception's type where it is not an assertion's. */
    private static String message(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : thrown.getMessage().strip();
        if (thrown instanceof AssertionError && !message.isEmpty()) {
            return message;
        }
        return thrown.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }

    private static String firstLines(String text) {
        String[] lines = text.strip().split("\r?\n");
        if (lines.length <= MESSAGE_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", Arrays.copyOf(lines, MESSAGE_LINES)) + "\n… (" + (lines.length - MESSAGE_LINES)
                + " more lines in the JUnit XML)";
    }

    private static String cut(String line) {
        return line.length() <= HEADLINE ? line : line.substring(0, HEADLINE) + "…";
    }
}
