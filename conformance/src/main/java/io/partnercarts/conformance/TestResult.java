package io.partnercarts.conformance;

import java.time.Duration;
import java.util.Optional;

/**
 * How one test (or a test class that could not run) ended, as the summary and the HTML report show it.
 *
 * @param suite the package of the test: conformance, client or hostile
 * @param testClass the test class's simple name
 * @param name the test, in words ({@code a cart is created}); {@code (the class)} for a class that failed as a whole
 * @param status passed, failed or skipped
 * @param time how long it ran
 * @param reason why it was skipped, or the first line of its failure; empty when it passed
 * @param detail for a failure: what the test said and the exchange behind it ({@link FailureText}); else empty
 */
record TestResult(
        String suite,
        String testClass,
        String name,
        Status status,
        Duration time,
        String reason,
        Optional<String> detail) {
    enum Status {
        PASSED("PASS"),
        FAILED("FAIL"),
        SKIPPED("SKIP");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** {@code CheckoutTest › a repeated checkout answers the identical body}. */
    String title() {
        return testClass + " › " + name;
    }
}
