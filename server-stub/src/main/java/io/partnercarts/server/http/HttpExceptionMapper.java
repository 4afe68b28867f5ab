package io.partnercarts.server.http;

import io.partnercarts.server.api.model.ApiFault;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refusals of the HTTP layer itself: no such path, method not allowed, unsupported media type. A refusal
 * that already carries an ApiFault is answered as it is.
 */
@Provider
public final class HttpExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof ApiFault) {
            return original;
        }
        Response fault = ApiFaults.ofStatus(original.getStatus());
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null
                ? fault
                : Response.fromResponse(fault).header(HttpHeaders.ALLOW, allow).build();
    }
}
