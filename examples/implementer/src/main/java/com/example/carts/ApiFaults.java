package com.example.carts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.partnercarts.server.api.model.ApiFault;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Every error answer: an ApiFault with an integer code, never parser text or a stack trace. */
@Provider
public final class ApiFaults implements ExceptionMapper<Throwable> {
    static final int INVALID_INPUT = 800002;
    private static final Logger LOG = Logger.getLogger(ApiFaults.class.getName());

    /** A request this implementation refuses: Jersey answers the fault it carries as it is. */
    static WebApplicationException refusal(int status, int code, String description, List<?> data) {
        return new WebApplicationException(fault(status, code, description, data));
    }

    static WebApplicationException refusal(int status, int code, String description) {
        return refusal(status, code, description, List.of());
    }

    static WebApplicationException invalidInput(String description) {
        return refusal(400, INVALID_INPUT, description);
    }

    static Response fault(int status, int code, String description, List<?> data) {
        ApiFault fault = new ApiFault()
                .code(code)
                .description(description)
                .data(List.copyOf(data))
                .source("ExampleCarts");
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(fault)
                .build();
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof JsonProcessingException json) {
            String at = json instanceof JsonMappingException mapping ? path(mapping) : "";
            return fault(
                    400,
                    INVALID_INPUT,
                    "The request body is not a cart" + (at.isEmpty() ? "." : ": see property '" + at + "'."),
                    List.of());
        }
        if (e instanceof WebApplicationException web && web.getResponse().hasEntity()) {
            return web.getResponse();
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            int code = status.getStatusCode() == 400 ? INVALID_INPUT : status.getStatusCode();
            return fault(status.getStatusCode(), code, status.getReasonPhrase() + ".", List.of());
        }
        LOG.log(Level.WARNING, "unexpected failure", e);
        return fault(500, 800003, "An unexpected error occurred; nothing was changed. Retry the request.", List.of());
    }

    /** The property as the contract names it, such as lineItems[0].quantity; never the parser's message. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(at -> at.getFieldName() != null ? "." + at.getFieldName() : "[" + at.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
