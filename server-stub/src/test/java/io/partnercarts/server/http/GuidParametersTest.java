package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidParametersTest {
    private static final String SEED = "28045616-f6b9-462f-9701-0d89b5e65c44";

    private final ParamConverter<UUID> converter =
            new GuidParameters().getConverter(UUID.class, UUID.class, new Annotation[0]);

    @Test
    void convertsOnlyUuids() {
        assertThat(new GuidParameters().getConverter(String.class, String.class, new Annotation[0]))
                .isNull();
        assertThat(converter).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED, "28045616-F6B9-462F-9701-0D89B5E65C44", "00000000-0000-0000-0000-000000000000"})
    void readsTheEightFourFourFourTwelveHexForm(String id) {
        assertThat(converter.fromString(id)).isEqualTo(UUID.fromString(id));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1-2-3-4-5", // UUID.fromString pads the parts
                "28045616-f6b9-462f-9701-0d89b5e65c4", // one digit short
                "28045616-f6b9-462f-9701-0d89b5e65c444", // one digit too many
                "028045616-f6b9-462f-9701-0d89b5e65c4", // 36 characters, parts of the wrong length
                "\u0662\u0668\u0660\u0664\u0665\u0666\u0661\u0666-f\u0666b\u0669-\u0664\u0666\u0662f-\u0669\u0667\u0660\u0661"
                        + "-\u0660d\u0668\u0669b\u0665e\u0666\u0665c\u0664\u0664", // the seed in Arabic-Indic digits
                "\uFF12\uFF18\uFF10\uFF14\uFF15\uFF16\uFF11\uFF16-f6b9-462f-9701-0d89b5e65c44", // full-width digits
                "{28045616-f6b9-462f-9701-0d89b5e65c44}",
                "urn:uuid:28045616-f6b9-462f-9701-0d89b5e65c44",
                " 28045616-f6b9-462f-9701-0d89b5e65c44",
                "28045616f6b9462f97010d89b5e65c44",
                "2804561g-f6b9-462f-9701-0d89b5e65c44",
                "+8045616-f6b9-462f-9701-0d89b5e65c44",
                ""
            })
    void refusesEveryOtherForm(String id) {
        assertThatThrownBy(() -> converter.fromString(id))
                .isInstanceOf(GuidParameters.NotAGuidException.class)
                .as("not an IllegalArgumentException, which Jersey would turn into a null parameter")
                .isNotInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheCanonicalForm() {
        assertThat(converter.toString(UUID.fromString(SEED))).isEqualTo(SEED);
    }
}
