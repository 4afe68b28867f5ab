package com.example.carts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.ParticipantType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Request and response bodies: JSON in UTF-8, bound to the generated models the way the contract's wire rules
 * say. Names and enum values are read in any case (the .NET SDK sends PascalCase), unknown properties and those
 * the service sets are ignored, and a value of the wrong JSON type, a fraction for an integer or a null in a list
 * or map is refused rather than converted.
 */
@Provider
public final class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addMixIn(Cart.class, CartAsRead.class)
                .addMixIn(CartLineItem.class, LineAsRead.class)
                .addModule(new SimpleModule()
                        .addDeserializer(BillingCycleType.class, new WireValue<>(BillingCycleType.class))
                        .addDeserializer(ParticipantType.class, new WireValue<>(ParticipantType.class)))
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(coercions -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        coercions.setCoercion(shape, CoercionAction.Fail);
                    }
                })
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** What the service sets is ignored on input, and still written. */
    @JsonIgnoreProperties(
            value = {
                "id",
                "creationTimestamp",
                "lastModifiedTimestamp",
                "expirationTimestamp",
                "lastModifiedUser",
                "status",
                "links",
                "attributes"
            },
            allowGetters = true)
    private interface CartAsRead {}

    @JsonIgnoreProperties(
            value = {"currencyCode", "orderGroup", "pricing", "error"},
            allowGetters = true)
    private interface LineAsRead {}

    /**
     * A generated enum read by its wire value in any ASCII case ({@code Monthly} is {@code monthly}) and nothing
     * else. The generated creator is case-sensitive; Jackson's case-insensitive reading would also trim spaces and
     * fold letters beyond ASCII (the Kelvin sign into k).
     */
    private static final class WireValue<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private final Class<E> type;

        WireValue(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText();
            for (E value : type.getEnumConstants()) {
                if (value.toString().equalsIgnoreCase(text) && text.chars().allMatch(c -> c < 0x80)) {
                    return value;
                }
            }
            return type.cast(context.handleWeirdStringValue(type, text, "not one of the values"));
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    /** A checkout's body (declared as Object) is ignored once it is known to be UTF-8. */
    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        String text = utf8(entity.readAllBytes());
        if (type == Object.class) {
            return null;
        }
        Object value = text.isBlank()
                ? null
                : MAPPER.readerFor(MAPPER.constructType(genericType)).readValue(text);
        if (value == null) {
            throw ApiFaults.invalidInput("The request body must be a cart, a JSON object.");
        }
        return value;
    }

    /** JSON is exchanged in UTF-8 (RFC 8259), never with a NUL byte, which UTF-16 and UTF-32 text has. */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiFaults.invalidInput("The request body is not UTF-8 JSON text.");
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entity)
            throws IOException {
        entity.write(MAPPER.writeValueAsBytes(value));
    }
}
