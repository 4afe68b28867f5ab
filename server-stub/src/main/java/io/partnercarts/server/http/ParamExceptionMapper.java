package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * A path or header value that cannot be converted, such as a customer-id that is not a GUID. Jersey
 * would answer 404 for a bad path value; the API answers 400.
 */
@Provider
public final class ParamExceptionMapper implements ExceptionMapper<ParamException> {
    @Override
    public Response toResponse(ParamException e) {
        return ApiFaults.of(FaultCode.INVALID_INPUT, "The " + e.getParameterName() + " is not a GUID.");
    }
}
