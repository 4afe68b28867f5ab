package io.partnercarts.server.http;

import io.partnercarts.server.api.model.ApiFault;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the ApiFault body that every non-2xx response carries. */
public final class ApiFaults {
    static final String SOURCE = "PartnerCarts";

    private ApiFaults() {
    }

    public static Response of(FaultCode fault, String description) {
        return of(fault.httpStatus(), fault.code(), description, List.of());
    }

    public static Response of(FaultCode fault, String description, List<Object> data) {
        return of(fault.httpStatus(), fault.code(), description, data);
    }

    /** For HTTP-level refusals that have no Partner Center code of their own; the code is the status. */
    public static Response ofStatus(int status, String description) {
        return of(status, status, description, List.of());
    }

    private static Response of(int status, int code, String description, List<Object> data) {
        ApiFault body = new ApiFault()
                .code(code)
                .description(description)
                .data(data)
                .source(SOURCE);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
