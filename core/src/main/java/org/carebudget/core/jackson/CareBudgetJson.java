package org.carebudget.core.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON settings CareBudget's types are read with, in one place: sizes this domain needs and no leniency.
 *
 * <p>{@link #mapper()} gives a mapper with every CareBudget module on the class path and these settings;
 * {@link #configure(JsonMapper.Builder)} applies them to a vendor's own builder. The settings:
 * <ul>
 *   <li>stream read constraints: a text value at most {@value #MAX_STRING_LENGTH} characters, a number at most
 *       {@value #MAX_NUMBER_LENGTH} digits, a property name at most {@value #MAX_NAME_LENGTH} characters, nesting at
 *       most {@value #MAX_NESTING_DEPTH} deep, a document at most {@value #MAX_DOCUMENT_LENGTH} bytes (a journal is
 *       read one JSON line per event, so no single document is large);</li>
 *   <li>duplicate keys are an error ({@code STRICT_DUPLICATE_DETECTION}), as are trailing tokens after the value,
 *       unknown properties, a missing creator property, null for a primitive, enums given by index, a float read as
 *       an integer ({@code 1.5} as {@code 1}) and a scalar coerced from text ({@code "7"} as {@code 7}).</li>
 * </ul>
 * {@link #laxSettings(ObjectMapper)} names the settings a mapper lacks; CareBudget's modules log nothing and change
 * nothing in a vendor's mapper.
 *
 * <p>Stateless and thread-safe; the mappers it builds are thread-safe once configured.
 */
public final class CareBudgetJson {

    /** The longest JSON string value read: 100,000 characters (free text is cut far below this). */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest JSON number read: 40 digits (an amount in pence has at most 19). */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The longest property name read: 200 characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The deepest nesting read: 32 levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The largest document read: 10 MB. */
    public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private CareBudgetJson() {
    }

    /**
     * Returns a new mapper with CareBudget's settings and every Jackson module found on the class path
     * ({@code findAndAddModules}). On the module path, build one with {@link #configure(JsonMapper.Builder)} and add
     * the modules yourself.
     *
     * @return a new mapper, not null
     */
    public static JsonMapper mapper() {
        return configure(builder()).findAndAddModules().build();
    }

    /**
     * Returns a new builder whose factory carries CareBudget's stream read constraints.
     *
     * @return the builder, not null; call {@link #configure(JsonMapper.Builder)} on it for the rest
     */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build());
    }

    /**
     * Applies CareBudget's strictness to a builder. Stream read constraints belong to the builder's factory: build
     * it from {@link #builder()}, or give your factory {@link #constraints()}.
     *
     * @param builder the builder, not null
     * @return {@code builder}, configured
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        builder.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        return builder;
    }

    /**
     * Returns the stream read constraints CareBudget's types are read with.
     *
     * @return the constraints, not null
     */
    public static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /**
     * Names the CareBudget settings a mapper lacks, for a vendor's start-up check or test.
     *
     * @param mapper the mapper, not null
     * @return the settings missing, in words, empty when the mapper reads CareBudget's types strictly, not null
     */
    public static List<String> laxSettings(ObjectMapper mapper) {
        List<String> lax = new ArrayList<>();
        StreamReadConstraints c = mapper.getFactory().streamReadConstraints();
        if (c.getMaxStringLength() > MAX_STRING_LENGTH || c.getMaxNumberLength() > MAX_NUMBER_LENGTH
                || c.getMaxNameLength() > MAX_NAME_LENGTH || c.getMaxNestingDepth() > MAX_NESTING_DEPTH
                || c.getMaxDocumentLength() <= 0 || c.getMaxDocumentLength() > MAX_DOCUMENT_LENGTH) {
            lax.add("stream read constraints looser than CareBudgetJson.constraints()");
        }
        if (!mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())) {
            lax.add("STRICT_DUPLICATE_DETECTION disabled");
        }
        for (DeserializationFeature on : new DeserializationFeature[] {DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS}) {
            if (!mapper.isEnabled(on)) {
                lax.add(on + " disabled");
            }
        }
        if (mapper.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)) {
            lax.add("ACCEPT_FLOAT_AS_INT enabled");
        }
        if (mapper.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)) {
            lax.add("ALLOW_COERCION_OF_SCALARS enabled");
        }
        return List.copyOf(lax);
    }
}
