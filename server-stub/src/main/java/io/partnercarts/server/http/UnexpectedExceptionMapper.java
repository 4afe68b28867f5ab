package io.partnercarts.server.http;

import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is a fault of the service: logged here with its stack trace, never sent to the caller. */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected failure while serving a request", e);
        return ApiFaults.of(FaultCode.SERVICE_ERROR, CartsException.serviceError().description());
    }
}
