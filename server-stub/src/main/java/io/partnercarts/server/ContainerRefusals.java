package io.partnercarts.server;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Recognises a refusal of Jetty's among the causes of a failure met while reading a request: the status
 * it carries, or 408 when the sender went silent for the idle timeout.
 */
final class ContainerRefusals {
    private ContainerRefusals() {}

    static Optional<Integer> statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException refusal && refusal.getCode() >= 400 && refusal.getCode() < 500) {
                return Optional.of(refusal.getCode());
            }
            if (cause instanceof TimeoutException) {
                return Optional.of(HttpStatus.REQUEST_TIMEOUT_408);
            }
        }
        return Optional.empty();
    }
}
