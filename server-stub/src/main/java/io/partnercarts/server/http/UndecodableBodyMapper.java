package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.CharConversionException;

/**
 * A request body whose bytes are not text in its encoding: {@link Utf8JsonText}'s refusal, or
 * Jackson's own decoders'. Only decoding errors are a CharConversionException; any other IOException
 * while reading stays a fault of the service.
 */
@Provider
public final class UndecodableBodyMapper implements ExceptionMapper<CharConversionException> {
    @Override
    public Response toResponse(CharConversionException e) {
        return ApiFaults.of(
                FaultCode.INVALID_INPUT, "The request body is not valid UTF-8 JSON text: JSON must be sent in UTF-8.");
    }
}
