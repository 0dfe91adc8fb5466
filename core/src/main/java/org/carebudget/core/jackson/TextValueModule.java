package org.carebudget.core.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.function.Function;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson module base for value types with a text form: each is written as a JSON string and read back through
 * its own factory, so validation runs on every read. The same text form is used when the value is a JSON object key
 * (a {@code Map} key), never its {@code toString}. Only a JSON string is read: a number, an object or an array is an
 * error whatever the mapper's coercion settings. It is a {@link CareBudgetModule}, so the module's other types are
 * read strictly too.
 *
 * <p>An invalid text fails with an {@link InvalidFormatException} whose message is the factory's
 * {@link InvalidValueException} message (personal data masked, long input cut) and whose
 * {@link InvalidFormatException#getValue() value} is that exception's {@link InvalidValueException#givenValue()}:
 * the text read is never put in the error, nor is the document's content in its location.
 *
 * <p>Subclasses register their types in their constructor. Not thread-safe while being configured; thread-safe once
 * registered with an {@code ObjectMapper}.
 */
public abstract class TextValueModule extends CareBudgetModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     *
     * @param name the module name, not null, unique among registered modules
     * @throws InvalidValueException if {@code name} is null or blank
     */
    protected TextValueModule(String name) {
        super(name);
    }

    /**
     * Registers a type written as {@code format(value)} and read back with {@code parse}, as a value and as a map key.
     *
     * @param <T> the value type
     * @param type the value type, not null
     * @param format turns a value into its text form, not null
     * @param parse turns the text form back into a value, throwing {@link InvalidValueException} when invalid, not
     *     null; it must bound the length of the text before parsing it
     * @throws InvalidValueException if an argument is null
     */
    protected <T> void addTextValue(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        Checks.CORE.notNull(type, "type");
        Checks.CORE.notNull(format, "format");
        Checks.CORE.notNull(parse, "parse");
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new TextValueDeserializer<>(type, parse));
        addKeySerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(format.apply(value));
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return parse.apply(key);
                } catch (InvalidValueException e) {
                    throw invalid(ctxt.getParser(), e, type);
                }
            }
        });
    }

    /** The error for a text its factory refused: only the factory's masked message, no content, no location text. */
    @SuppressWarnings("deprecation") // the constructor taking a location: the only one that leaves the content out
    static InvalidFormatException invalid(@Nullable JsonParser p, InvalidValueException e, Class<?> type) {
        JsonLocation at = p == null ? JsonLocation.NA : p.currentTokenLocation();
        JsonLocation redacted = new JsonLocation(ContentReference.redacted(), at.getByteOffset(), at.getCharOffset(),
                at.getLineNr(), at.getColumnNr());
        return new InvalidFormatException(e.getMessage(), redacted, e.givenValue(), type);
    }

    /** Reads a JSON string through a factory. Strict by construction: {@link StrictReading} leaves it as it is. */
    static final class TextValueDeserializer<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        TextValueDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            try {
                return parse.apply(p.getText());
            } catch (InvalidValueException e) {
                throw invalid(p, e, type);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.OtherScalar;
        }
    }
}
