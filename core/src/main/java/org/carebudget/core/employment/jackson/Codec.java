package org.carebudget.core.employment.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * How one final class is written as a JSON object of named fields and read back through its own factory or builder,
 * so validation runs on every read. Declared field by field, with no reflection (so it works on the module path with
 * nothing opened), strict (an unknown property is refused through Jackson's own handling, a missing required one is an
 * error), and polymorphic-aware (a type id is written and read when the declared type carries one). Immutable and
 * thread-safe once built.
 *
 * @param <T> the class
 */
final class Codec<T> {

    /** Makes the value from the fields read. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Fields fields);
    }

    /** The fields read from one JSON object, by name. */
    static final class Fields {
        private final Map<String, @Nullable Object> values;

        Fields(Map<String, @Nullable Object> values) {
            this.values = values;
        }

        /** Returns a required field's value. */
        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            return (V) values.get(name);
        }

        /** Returns an optional field's value, or null when absent. */
        @SuppressWarnings("unchecked")
        <V> @Nullable V opt(String name) {
            return (V) values.get(name);
        }

        /** Returns an optional field's value, or a default when absent. */
        @SuppressWarnings("unchecked")
        <V> V or(String name, V otherwise) {
            Object value = values.get(name);
            return value == null ? otherwise : (V) value;
        }
    }

    private static final class Field<T> {
        private final String name;
        private final Type type;
        private final Function<T, @Nullable Object> getter;
        private final boolean required;

        Field(String name, Type type, Function<T, @Nullable Object> getter, boolean required) {
            this.name = name;
            this.type = type;
            this.getter = getter;
            this.required = required;
        }
    }

    private final Class<T> type;
    private final List<Field<T>> fields;
    private final Reader<T> reader;

    private Codec(Class<T> type, List<Field<T>> fields, Reader<T> reader) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.reader = reader;
    }

    static <T> Builder<T> of(Class<T> type) {
        return new Builder<>(type);
    }

    /** Builds a codec field by field. */
    static final class Builder<T> {
        private final Class<T> type;
        private final List<Field<T>> fields = new ArrayList<>();

        private Builder(Class<T> type) {
            this.type = type;
        }

        /** A field that must be present and not null. */
        Builder<T> field(String name, Type fieldType, Function<T, @Nullable Object> getter) {
            fields.add(new Field<>(name, fieldType, getter, true));
            return this;
        }

        /** A field left out when null and read as null when absent. */
        Builder<T> optional(String name, Type fieldType, Function<T, @Nullable Object> getter) {
            fields.add(new Field<>(name, fieldType, getter, false));
            return this;
        }

        Codec<T> read(Reader<T> reader) {
            return new Codec<>(type, fields, reader);
        }
    }

    /** Registers the serializer and deserializer with a module. */
    void addTo(SimpleModule module) {
        module.addSerializer(type, new Serializer());
        module.addDeserializer(type, new Deserializer());
    }

    private final class Serializer extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            writeFields(value, gen, provider);
            gen.writeEndObject();
        }

        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
            writeFields(value, gen, provider);
            typeSer.writeTypeSuffix(gen, id);
        }

        private void writeFields(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            for (Field<T> field : fields) {
                Object fieldValue = field.getter.apply(value);
                if (fieldValue == null) {
                    continue;
                }
                gen.writeFieldName(field.name);
                JavaType declared = provider.constructType(field.type);
                TypeSerializer typeSerializer = provider.findTypeSerializer(declared);
                JsonSerializer<Object> serializer = declared.isContainerType() ? provider.findValueSerializer(declared)
                        : provider.findValueSerializer(fieldValue.getClass());
                if (typeSerializer != null) {
                    serializer.serializeWithType(fieldValue, gen, provider, typeSerializer);
                } else {
                    serializer.serialize(fieldValue, gen, provider);
                }
            }
        }
    }

    private final class Deserializer extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(type);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.FIELD_NAME
                    || p.currentToken() == JsonToken.END_OBJECT) {
                JsonNode node = ctxt.readTree(p);
                return fromObject(node, p, ctxt);
            }
            return type.cast(ctxt.handleUnexpectedToken(type, p));
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
                throws IOException {
            return typeDeserializer.deserializeTypedFromObject(p, ctxt);
        }

        private T fromObject(JsonNode node, JsonParser p, DeserializationContext ctxt) throws IOException {
            Map<String, Field<T>> byName = new HashMap<>();
            for (Field<T> field : fields) {
                byName.put(field.name, field);
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!byName.containsKey(name)) {
                    ctxt.handleUnknownProperty(p, this, type, name);
                }
            }
            Map<String, @Nullable Object> values = new HashMap<>();
            for (Field<T> field : fields) {
                JsonNode child = node.get(field.name);
                if (child == null || child.isNull()) {
                    if (field.required) {
                        return type.cast(ctxt.reportInputMismatch(this, "Missing required property '%s' of %s",
                                field.name, type.getSimpleName()));
                    }
                    continue;
                }
                values.put(field.name, ctxt.readTreeAsValue(child, ctxt.constructType(field.type)));
            }
            try {
                return reader.read(new Fields(values));
            } catch (InvalidValueException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
