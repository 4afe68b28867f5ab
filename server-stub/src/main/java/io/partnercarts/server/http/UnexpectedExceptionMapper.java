package io.partnercarts.server.http;

import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A request body that the container refused while Jersey read it (broken chunked
 * framing, over the size limit) is that refusal; everything else is a fault of the service, logged here
 * with its stack trace and never sent to the caller.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    private final Function<Throwable, Optional<Integer>> containerRefusal;

    /** @param containerRefusal the HTTP status with which the container refused the request, if it did */
    public UnexpectedExceptionMapper(Function<Throwable, Optional<Integer>> containerRefusal) {
        this.containerRefusal = containerRefusal;
    }

    @Override
    public Response toResponse(Throwable e) {
        Optional<Integer> refused = containerRefusal.apply(e);
        if (refused.isPresent()) {
            return ApiFaults.ofStatus(refused.get());
        }
        LOG.log(Level.SEVERE, "Unexpected failure while serving a request", e);
        return ApiFaults.of(
                FaultCode.SERVICE_ERROR, CartsException.serviceError().description());
    }
}
