package io.partnercarts.server.catalog;

/**
 * How checking out an offer behaves in the sandbox.
 *
 * @param failure        the error its order group fails with, or null when it never fails
 * @param failedAttempts how many checkout attempts fail before one succeeds; negative means every attempt
 * @param delayMillis    how long provisioning takes; the checkout waits that long
 * @param serviceError   whether a checkout of a cart holding the offer fails as a whole with a service error
 */
public record CheckoutBehaviour(CheckoutFailure failure, int failedAttempts, long delayMillis, boolean serviceError) {

    public static final int ALWAYS = -1;

    public static final CheckoutBehaviour SUCCEEDS = new CheckoutBehaviour(null, ALWAYS, 0, false);

    /** Whether the attempt that follows {@code earlierFailures} failed attempts of the group fails too. */
    public boolean fails(int earlierFailures) {
        return failure != null && (failedAttempts < 0 || earlierFailures < failedAttempts);
    }
}
