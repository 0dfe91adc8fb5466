package org.carebudget.rostering.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.carebudget.core.InvalidValueException;

/**
 * Writes a type as a JSON object of named fields through its public accessors, and reads it back through its
 * factories, refusing a missing field, an unknown field and a value its factory refuses. Thread-safe.
 *
 * @param <T> the type
 */
abstract class Codec<T> {

    final Class<T> type;

    Codec(Class<T> type) {
        this.type = type;
    }

    /** Writes the fields of a value (the object's braces are written by the caller). */
    abstract void write(T value, Out out) throws IOException;

    /** Reads a value from the fields of an object. */
    abstract T read(In in) throws IOException;

    /** Whether the type can be read back (findings and reports are written only). */
    boolean readable() {
        return true;
    }

    JsonSerializer<T> serializer() {
        return new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                write(value, new Out(gen, provider));
                gen.writeEndObject();
            }
        };
    }

    JsonDeserializer<T> deserializer() {
        return new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(p);
                if (!node.isObject()) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                In in = new In(node, ctxt, type);
                try {
                    T value = read(in);
                    in.finish();
                    return value;
                } catch (InvalidValueException e) {
                    return ctxt.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        };
    }

    /** Field writer over a generator. */
    static final class Out {

        private final JsonGenerator gen;
        private final SerializerProvider provider;

        Out(JsonGenerator gen, SerializerProvider provider) {
            this.gen = gen;
            this.provider = provider;
        }

        Out field(String name, Object value) throws IOException {
            if (value != null) {
                provider.defaultSerializeField(name, value, gen);
            }
            return this;
        }

        Out number(String name, long value) throws IOException {
            gen.writeNumberField(name, value);
            return this;
        }

        Out bool(String name, boolean value) throws IOException {
            gen.writeBooleanField(name, value);
            return this;
        }

        Out text(String name, String value) throws IOException {
            gen.writeStringField(name, value);
            return this;
        }
    }

    /** Field reader over an object node, tracking the fields read so unknown ones are refused. */
    static final class In {

        private final JsonNode node;
        private final DeserializationContext ctxt;
        private final Class<?> type;
        private final Set<String> read = new HashSet<>();

        In(JsonNode node, DeserializationContext ctxt, Class<?> type) {
            this.node = node;
            this.ctxt = ctxt;
            this.type = type;
        }

        private JsonNode required(String name) throws IOException {
            read.add(name);
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                ctxt.reportInputMismatch(type, "Missing property '%s' of %s", name, type.getSimpleName());
            }
            return v;
        }

        boolean has(String name) {
            read.add(name);
            JsonNode v = node.get(name);
            return v != null && !v.isNull();
        }

        <V> V value(String name, Class<V> valueType) throws IOException {
            return ctxt.readTreeAsValue(required(name), valueType);
        }

        <V> V optional(String name, Class<V> valueType) throws IOException {
            return has(name) ? ctxt.readTreeAsValue(node.get(name), valueType) : null;
        }

        <V> List<V> list(String name, Class<V> valueType) throws IOException {
            List<V> out = new ArrayList<>();
            if (!has(name)) {
                return out;
            }
            JsonNode array = node.get(name);
            if (!array.isArray()) {
                ctxt.reportInputMismatch(type, "Property '%s' of %s must be an array", name, type.getSimpleName());
            }
            for (JsonNode element : array) {
                out.add(ctxt.readTreeAsValue(element, valueType));
            }
            return out;
        }

        long number(String name) throws IOException {
            JsonNode v = required(name);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                ctxt.reportInputMismatch(type, "Property '%s' of %s must be a whole number", name,
                        type.getSimpleName());
            }
            return v.longValue();
        }

        boolean bool(String name, boolean missing) throws IOException {
            if (!has(name)) {
                return missing;
            }
            JsonNode v = node.get(name);
            if (!v.isBoolean()) {
                ctxt.reportInputMismatch(type, "Property '%s' of %s must be true or false", name,
                        type.getSimpleName());
            }
            return v.booleanValue();
        }

        String text(String name) throws IOException {
            JsonNode v = required(name);
            if (!v.isTextual()) {
                ctxt.reportInputMismatch(type, "Property '%s' of %s must be text", name, type.getSimpleName());
            }
            return v.textValue();
        }

        void finish() throws IOException {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!read.contains(n)) {
                    ctxt.reportInputMismatch(type, "Unknown property '%s' of %s", n, type.getSimpleName());
                }
            }
        }
    }
}
