package org.carebudget.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.jsontype.impl.StdSubtypeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON checks every module's Jackson tests can reuse: that what a mapper writes has no duplicate key in any object
 * (a strict parser refuses one, a last-wins parser silently loses a value: issue 9, item 7), and which named subtypes a
 * module registers, so a test can check all of them.
 *
 * <pre>{@code
 * // every value a module writes, as its declared type so a polymorphic value carries its type id:
 * JsonChecks.assertNoDuplicateKeys(mapper, check, Evidence.class);
 * // every named subtype of a module, without an instance of each:
 * assertEquals(List.of(), JsonChecks.typeIdClashes(mapper, new EmploymentJacksonModule()));
 * }</pre>
 * Stateless; each method is thread-safe.
 */
public final class JsonChecks {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonChecks() {
    }

    /**
     * Writes a value and fails if any object in the output has a duplicate key.
     *
     * @param mapper the mapper, with the modules under test
     * @param value the value
     * @return the JSON written
     */
    public static String assertNoDuplicateKeys(ObjectMapper mapper, Object value) {
        return assertNoDuplicateKeys(mapper, value, value.getClass());
    }

    /**
     * Writes a value as a declared type (a polymorphic base, so the type id is written) and fails if any object in
     * the output has a duplicate key.
     *
     * @param mapper the mapper, with the modules under test
     * @param value the value
     * @param writtenAs the type to write it as
     * @return the JSON written
     */
    public static String assertNoDuplicateKeys(ObjectMapper mapper, Object value, Class<?> writtenAs) {
        String json;
        try {
            json = mapper.writerFor(writtenAs).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("could not write " + value, e);
        }
        List<String> duplicates = duplicateKeys(json);
        if (!duplicates.isEmpty()) {
            fail("duplicate keys at " + duplicates + " in " + json);
        }
        try (JsonParser p = STRICT.createParser(json)) {
            while (p.nextToken() != null) {
                p.skipChildren();
            }
        } catch (IOException e) {
            fail("a strict parser refuses " + json + ": " + e.getMessage());
        }
        return json;
    }

    /**
     * Finds every duplicate key in a JSON text, at any depth.
     *
     * @param json the JSON text
     * @return the JSON Pointer of each repeated key (the second and later occurrences), in document order; empty if
     *     none
     */
    public static List<String> duplicateKeys(String json) {
        List<String> duplicates = new ArrayList<>();
        Deque<Set<String>> keys = new ArrayDeque<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                } else if (t == JsonToken.END_OBJECT) {
                    keys.pop();
                } else if (t == JsonToken.FIELD_NAME && !keys.peek().add(p.currentName())) {
                    duplicates.add(p.getParsingContext().pathAsPointer().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
        return duplicates;
    }

    /**
     * Returns every named subtype a module registers, in registration order.
     *
     * @param module the module
     * @return the named subtypes
     */
    public static List<NamedType> namedSubtypes(Module module) {
        Recording recording = new Recording();
        ObjectMapper mapper = new ObjectMapper();
        mapper.setSubtypeResolver(recording);
        mapper.registerModule(module);
        return recording.registered();
    }

    /**
     * Names each subtype a module registers whose own written properties include its type id property, the clash that
     * writes a key twice. Needs no instance of the subtypes.
     *
     * @param mapper the mapper, with the module and what it needs registered
     * @param module the module whose named subtypes to check
     * @return {@code "Subtype.property"} for each clash; empty if none
     */
    public static List<String> typeIdClashes(ObjectMapper mapper, Module module) {
        List<String> clashes = new ArrayList<>();
        SerializationConfig config = mapper.getSerializationConfig();
        for (NamedType named : namedSubtypes(module)) {
            JavaType type = mapper.constructType(named.getType());
            TypeSerializer typeSerializer;
            try {
                typeSerializer = mapper.getSerializerProviderInstance().findTypeSerializer(type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (typeSerializer == null || typeSerializer.getPropertyName() == null) {
                continue;
            }
            BeanDescription description = config.introspect(type);
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.couldSerialize() && property.getName().equals(typeSerializer.getPropertyName())) {
                    clashes.add(named.getType().getSimpleName() + "." + property.getName());
                }
            }
        }
        return clashes;
    }

    /**
     * Asserts that a module's named subtypes are exactly those given, so a test that checks "every subtype" notices
     * a new one.
     *
     * @param module the module
     * @param expected the subtype classes, in registration order
     */
    public static void assertNamedSubtypes(Module module, List<Class<?>> expected) {
        List<Class<?>> actual = new ArrayList<>();
        for (NamedType named : namedSubtypes(module)) {
            actual.add(named.getType());
        }
        assertEquals(expected, actual);
    }

    /** A subtype resolver that keeps what is registered, to read back. */
    private static final class Recording extends StdSubtypeResolver {
        private static final long serialVersionUID = 1L;

        List<NamedType> registered() {
            return _registeredSubtypes == null ? List.of() : new ArrayList<>(_registeredSubtypes);
        }
    }
}
