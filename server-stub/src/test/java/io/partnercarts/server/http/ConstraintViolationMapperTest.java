package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

    @Test
    void eachDataEntryNamesWhatIsWrongBeforeHowInEveryAnswer() {
        var property = new ConstraintViolationMapper.Problem("property", "lineItems[0].quantity", "must be at least 1");
        var header = new ConstraintViolationMapper.Problem("header", "MS-RequestId", "must be at most 256 characters");

        assertThat(property.asData())
                .containsExactly(entry("property", "lineItems[0].quantity"), entry("problem", "must be at least 1"));
        assertThat(header.asData())
                .containsExactly(entry("header", "MS-RequestId"), entry("problem", "must be at most 256 characters"));
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
