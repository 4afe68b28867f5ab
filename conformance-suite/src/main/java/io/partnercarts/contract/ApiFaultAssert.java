package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;

/** What every error answer must be: the status, an ApiFault JSON body with an integer code, and no leak. */
public final class ApiFaultAssert {
    /** Words that only a stack trace, a parser message or a class name would put into a description. */
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at [Source",
            "line:",
            "column:",
            "com.fasterxml",
            "jakarta.",
            "org.glassfish",
            "io.partnercarts",
            "java.");

    private ApiFaultAssert() {}

    /** Asserts the fault and answers its description. */
    public static String assertFault(Response response, int status, int code) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status of %s", body).isEqualTo(status);
        assertThat(response.contentType()).as("Content-Type").startsWith("application/json");
        JsonPath fault = response.jsonPath();
        assertThat(fault.get("code") instanceof Integer)
                .as("code is a JSON integer in %s", body)
                .isTrue();
        assertThat(fault.getInt("code")).as("ApiFault code in %s", body).isEqualTo(code);
        String description = fault.getString("description");
        assertThat(description).as("ApiFault description").isNotBlank();
        assertThat(body)
                .as("an error body without stack trace, parser text or class names")
                .doesNotContain(LEAKS);
        return description;
    }

    /**
     * Asserts the fault and that it names one of the given properties or headers, as the contract's "Limits"
     * promise it ("naming the property or header"): the name appears in the description or in {@code data}
     * (ApiFault's "fields that failed validation"), in whatever sentence or path notation.
     */
    public static void assertFaultNaming(Response response, int status, int code, String... names) {
        String description = assertFault(response, status, code);
        String data = faultData(response).toString();
        assertThat(List.of(names))
                .as("a property or header the fault names in its description or data: %s", response.asString())
                .anyMatch(name -> description.contains(name) || data.contains(name));
    }

    /** Parsed, so that the name is found however the answer escapes it. */
    private static JsonNode faultData(Response response) {
        try {
            return new ObjectMapper().readTree(response.asString()).path("data");
        } catch (JsonProcessingException e) {
            throw new AssertionError("The fault is not JSON: " + response.asString(), e);
        }
    }
}
