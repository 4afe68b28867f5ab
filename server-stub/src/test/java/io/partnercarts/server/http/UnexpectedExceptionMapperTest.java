package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.api.model.ApiFault;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.testsupport.LogRecords;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {
    private static final String SECRET = "internal detail: table carts, row 42";

    @Test
    void aFaultOfTheServiceIsA500ServiceErrorThatTellsTheCallerNothingOfIt() {
        try (LogRecords logged = LogRecords.of(Logger.getLogger(UnexpectedExceptionMapper.class.getName()))) {
            Response response =
                    new UnexpectedExceptionMapper(e -> Optional.empty()).toResponse(new IllegalStateException(SECRET));

            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
            ApiFault body = (ApiFault) response.getEntity();
            assertThat(body.getCode()).isEqualTo(FaultCode.SERVICE_ERROR.code());
            assertThat(body.getDescription()).doesNotContain("42").doesNotContain("IllegalState");
            assertThat(body.getData()).isEmpty();
            assertThat(logged.records())
                    .singleElement()
                    .satisfies(record -> assertThat(record.getThrown()).hasMessage(SECRET));
        }
    }

    @Test
    void aBodyTheContainerRefusedIsThatRefusalAndNotAFault() {
        Response response =
                new UnexpectedExceptionMapper(e -> Optional.of(413)).toResponse(new RuntimeException("too large"));

        assertThat(response.getStatus()).isEqualTo(413);
        ApiFault body = (ApiFault) response.getEntity();
        assertThat(body.getCode()).isEqualTo(HttpRefusals.code(413));
        assertThat(body.getDescription()).isEqualTo(HttpRefusals.description(413));
    }
}
