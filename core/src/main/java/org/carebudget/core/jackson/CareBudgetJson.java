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
import org.carebudget.core.Checks;

/**
 * The JSON settings CareBudget's types are read with, in one place: sizes this domain needs and no leniency.
 *
 * <h2>The mapper to use</h2>
 * <pre>{@code
 * JsonMapper mapper = CareBudgetJson.mapper();                       // class path: every CareBudget module found
 * JsonMapper mapper = CareBudgetJson.configure(CareBudgetJson.builder()) // module path, or to add your own
 *         .addModule(new CoreJacksonModule()).build();
 * }</pre>
 * {@link #mapper()} gives a mapper with every Jackson module on the class path and these settings;
 * {@link #builder()} gives a builder whose parser factory carries the stream read constraints, and
 * {@link #configure(JsonMapper.Builder)} applies the rest to it (or to a vendor's own builder).
 *
 * <h2>The settings</h2>
 * <ul>
 *   <li>Stream read constraints, sized for this domain: a string value at most {@value #MAX_STRING_LENGTH}
 *       characters (five times the longest free text any CareBudget type accepts, {@code Checks.MAX_TEXT}), a number
 *       at most {@value #MAX_NUMBER_LENGTH} digits (an amount in pence has at most 19), a property name at most
 *       {@value #MAX_NAME_LENGTH} characters (the longest key is a 64-character id), nesting at most
 *       {@value #MAX_NESTING_DEPTH} deep (CareBudget's deepest value nests fewer than 8), a document at most
 *       {@value #MAX_DOCUMENT_LENGTH} bytes (a journal is read one JSON line per event, so no single document is
 *       large). Each is checked while the text is read, so a 15 MB string or a 1,000-digit number is refused after
 *       reading just past the limit, in time linear in the limit, not in the input.</li>
 *   <li>Strictness: duplicate keys are an error ({@code STRICT_DUPLICATE_DETECTION}), as are trailing tokens after
 *       the value, unknown properties, null or a missing value for a primitive (a missing id is never read as 0),
 *       enums given by index, a float read as an integer ({@code 1.5} as {@code 1}) and a scalar coerced from text
 *       ({@code "7"} as {@code 7}) or a boolean from a number. A missing object is read as null, which the type's
 *       factory refuses unless the value is optional ({@code @Nullable}, and left out when absent): so
 *       {@code FAIL_ON_MISSING_CREATOR_PROPERTIES} is not needed, and not set, as it would refuse an optional value
 *       written as absent.</li>
 *   <li>Privacy: the document's content is never put in an error's location
 *       ({@code INCLUDE_SOURCE_IN_LOCATION} off).</li>
 * </ul>
 *
 * <h2>What a vendor's own mapper gets</h2>
 * Every CareBudget Jackson module is a {@link CareBudgetModule}: registered on any mapper, even
 * {@code new ObjectMapper().findAndRegisterModules()}, it reads CareBudget's own types with the strictness above
 * (duplicate keys, unknown and missing properties, coercions, enums by index) and leaves the vendor's types to the
 * vendor's settings. It changes nothing in the vendor's mapper and logs nothing. What belongs to the whole document,
 * not to a type, only a mapper can hold: trailing tokens, the stream read constraints and the location's content.
 * {@link #laxSettings(ObjectMapper)} names what a mapper lacks, for a vendor's start-up check or test.
 *
 * <p>Stateless and thread-safe; the mappers it builds are thread-safe once configured.
 */
public final class CareBudgetJson {

    /** The longest JSON string value read: 10,000 characters, five times the longest free text CareBudget accepts. */
    public static final int MAX_STRING_LENGTH = 10_000;
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
     * @throws org.carebudget.core.InvalidValueException if {@code builder} is null
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        Checks.CORE.notNull(builder, "builder");
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
     * @throws org.carebudget.core.InvalidValueException if {@code mapper} is null
     */
    public static List<String> laxSettings(ObjectMapper mapper) {
        Checks.CORE.notNull(mapper, "mapper");
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
        if (mapper.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature())) {
            lax.add("INCLUDE_SOURCE_IN_LOCATION enabled");
        }
        if (mapper.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)) {
            lax.add("ACCEPT_CASE_INSENSITIVE_PROPERTIES enabled");
        }
        if (mapper.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)) {
            lax.add("ACCEPT_CASE_INSENSITIVE_ENUMS enabled");
        }
        for (DeserializationFeature on : new DeserializationFeature[] {DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
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
