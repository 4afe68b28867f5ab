package io.partnercarts.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * How the server reads and writes JSON. Requests bind property names and enum values
 * case-insensitively (the .NET SDK sends PascalCase) and ignore unknown properties (the Java SDK sends
 * {@code attributes} and {@code links}); numbers, strings and booleans are not coerced into each other,
 * nor fractions into whole numbers, and a list element or map value may not be null, so a wrong type is
 * a 400. Responses leave nulls out and write ISO-8601 UTC date-times.
 */
@Provider
public final class JsonMapping implements ContextResolver<ObjectMapper> {
    /**
     * The JSON types that a scalar is never read from: no "1" for 1, no 1 for true, no true for "true",
     * and no "" for either (Jackson would read it as null, as if the property had not been sent).
     */
    private static final Map<LogicalType, List<CoercionInputShape>> REFUSED_COERCIONS = Map.of(
            LogicalType.Integer,
                    List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean),
            LogicalType.Float,
                    List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean),
            LogicalType.Boolean,
                    List.of(
                            CoercionInputShape.String,
                            CoercionInputShape.EmptyString,
                            CoercionInputShape.Integer,
                            CoercionInputShape.Float),
            LogicalType.Textual,
                    List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean));

    private static final ObjectMapper MAPPER = create();

    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("lenient-date-times")
                        .addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer()))
                .addModule(new SimpleModule("case-insensitive-wire-enums")
                        .setDeserializerModifier(new CaseInsensitiveWireEnums()))
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // [null] and {"key": null} fail where they are read, not later as a NullPointerException.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        REFUSED_COERCIONS.forEach((target, shapes) ->
                shapes.forEach(shape -> mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail)));
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** The mapper every body is read and written with, for writers outside Jersey. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Accepts date-times without an offset as UTC: the .NET SDK sends its {@code DateTime} default
     * {@code 0001-01-01T00:00:00} for the cart's expiration, which the service ignores anyway.
     */
    private static final class LenientOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
        LenientOffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                        text.trim(), OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset
                        ? offset
                        : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime)
                        context.handleWeirdStringValue(OffsetDateTime.class, text, "not an ISO-8601 date-time");
            }
        }
    }
}
