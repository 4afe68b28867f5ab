package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
