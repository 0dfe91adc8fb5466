package org.carebudget.core.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.carebudget.core.InvalidValueException;

/**
 * A Jackson module base for value types with a text form: each is written as a JSON string and read back through
 * its own factory, so validation runs on every read and an invalid value fails with the factory's message. The same
 * text form is used when the value is a JSON object key (a {@code Map} key), never its {@code toString}.
 * Subclasses register their types in their constructor. Not thread-safe while being configured; thread-safe once
 * registered with an {@code ObjectMapper}.
 */
public abstract class TextValueModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     *
     * @param name the module name, not null, unique among registered modules
     */
    protected TextValueModule(String name) {
        super(name, Version.unknownVersion());
    }

    /**
     * Registers a type written as {@code format(value)} and read back with {@code parse}, as a value and as a map key.
     *
     * @param <T> the value type
     * @param type the value type, not null
     * @param format turns a value into its text form, not null
     * @param parse turns the text form back into a value, throwing {@link InvalidValueException} when invalid, not null
     */
    protected <T> void addTextValue(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (InvalidValueException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        });
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
                    return ctxt.handleWeirdKey(type, key, e.getMessage());
                }
            }
        });
    }
}
