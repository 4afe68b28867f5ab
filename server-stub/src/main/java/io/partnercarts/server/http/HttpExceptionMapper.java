package io.partnercarts.server.http;

import io.partnercarts.server.api.model.ApiFault;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.NotFoundException;
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
        if (e instanceof NotFoundException) {
            return ApiFaults.of(FaultCode.RESOURCE_NOT_FOUND, "There is no resource at this path.");
        }
        Response fault = ApiFaults.ofStatus(original.getStatus(), describe(original));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? fault : Response.fromResponse(fault).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String describe(Response response) {
        return switch (response.getStatus()) {
            case 405 -> "The method is not allowed on this resource.";
            case 406 -> "The service answers only application/json.";
            case 415 -> "The request body must be application/json.";
            default -> "The request could not be processed: " + response.getStatusInfo().getReasonPhrase() + ".";
        };
    }
}
