package io.partnercarts.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads every enum that names its wire value with {@code @JsonValue} (the generated ones) by that value,
 * ignoring ASCII case: {@code "Monthly"} and {@code "MONTHLY"} are {@code monthly}. The generated
 * enums' case-sensitive {@code @JsonCreator} would otherwise win over
 * {@code MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS}.
 */
final class CaseInsensitiveWireEnums extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        AnnotatedMember wireValue = description.findJsonValueAccessor();
        if (wireValue == null) {
            return deserializer;
        }
        Map<String, Object> byWireValue = new HashMap<>();
        for (Object constant : type.getRawClass().getEnumConstants()) {
            byWireValue.put(String.valueOf(wireValue.getValue(constant)).toLowerCase(Locale.ROOT), constant);
        }
        return new WireValueDeserializer(type.getRawClass(), byWireValue);
    }

    private static final class WireValueDeserializer extends StdScalarDeserializer<Object> {
        private final Map<String, Object> byLowerCaseWireValue;

        WireValueDeserializer(Class<?> enumType, Map<String, Object> byLowerCaseWireValue) {
            super(enumType);
            this.byLowerCaseWireValue = Map.copyOf(byLowerCaseWireValue);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            Object constant = isAscii(text) ? byLowerCaseWireValue.get(text.toLowerCase(Locale.ROOT)) : null;
            return constant != null
                    ? constant
                    : context.handleWeirdStringValue(handledType(), text, "not one of the enum's wire values");
        }

        /** Only ASCII letters fold: Unicode's lower-casing would also read the Kelvin sign (U+212A) as k. */
        private static boolean isAscii(String text) {
            return text.chars().allMatch(c -> c < 0x80);
        }
    }
}
