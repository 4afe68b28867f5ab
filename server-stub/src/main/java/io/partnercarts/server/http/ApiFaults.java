package io.partnercarts.server.http;

import io.partnercarts.server.api.model.ApiFault;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the ApiFault body that every non-2xx response carries. */
public final class ApiFaults {
    static final String SOURCE = "PartnerCarts";

    private ApiFaults() {}

    public static Response of(FaultCode fault, String description) {
        return of(fault.httpStatus(), fault.code(), description, List.of());
    }

    public static Response of(FaultCode fault, String description, List<Object> data) {
        return of(fault.httpStatus(), fault.code(), description, data);
    }

    /** A refusal of HTTP itself (see {@link HttpRefusals}). */
    public static Response ofStatus(int status) {
        return of(status, HttpRefusals.code(status), HttpRefusals.description(status), List.of());
    }

    /** The body of a refusal of HTTP itself, for the container, which answers without Jersey. */
    public static ApiFault bodyOfStatus(int status) {
        return body(HttpRefusals.code(status), HttpRefusals.description(status), List.of());
    }

    private static Response of(int status, int code, String description, List<Object> data) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(code, description, data))
                .build();
    }

    private static ApiFault body(int code, String description, List<Object> data) {
        return new ApiFault().code(code).description(description).data(data).source(SOURCE);
    }
}
