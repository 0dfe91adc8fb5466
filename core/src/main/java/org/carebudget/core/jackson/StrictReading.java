package org.carebudget.core.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Reads CareBudget's own types strictly whatever the mapper's settings: a {@link BeanDeserializerModifier} that wraps
 * the deserializer of every type in an {@code org.carebudget} package (objects and enums) so that it runs under the
 * strict settings of {@link CareBudgetJson#configure} and with duplicate keys refused. A vendor's own types, read by
 * the same mapper, keep the vendor's settings: only the CareBudget value and what is nested in it are read strictly.
 *
 * <p>What is per document, not per type, cannot be enforced here: trailing tokens after the root value and the
 * parser's stream read constraints belong to the mapper ({@link CareBudgetJson}). Stateless and thread-safe.
 */
final class StrictReading extends BeanDeserializerModifier {

    /** The one modifier every CareBudget module adds. */
    static final StrictReading MODIFIER = new StrictReading();

    private static final long serialVersionUID = 1L;

    /** Marks a deserialization config as already strict, so nested CareBudget values do not wrap again. */
    private static final String STRICT = "org.carebudget.strict";

    private static final String OWN_PACKAGES = "org.carebudget.";

    private StrictReading() {
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        return wrap(beanDesc.getBeanClass(), deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return wrap(type.getRawClass(), deserializer);
    }

    private static JsonDeserializer<?> wrap(Class<?> type, JsonDeserializer<?> deserializer) {
        if (!type.getName().startsWith(OWN_PACKAGES) || deserializer instanceof Strict
                || deserializer instanceof TextValueModule.TextValueDeserializer) {
            return deserializer; // not ours, already strict, or strict by construction (a JSON string only)
        }
        return new Strict(deserializer);
    }

    /** Whether a context already reads strictly. */
    static boolean isStrict(DeserializationContext ctxt) {
        return ctxt.getConfig().getAttributes().getAttribute(STRICT) != null;
    }

    /** CareBudgetJson's strictness applied to a vendor's deserialization config. */
    @SuppressWarnings("deprecation") // MapperConfigBase.without(MapperFeature...): the only per-read switch
    static DeserializationConfig strict(DeserializationConfig config) {
        return config.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .without(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withAttribute(STRICT, Boolean.TRUE);
    }

    /** Runs a CareBudget type's deserializer under the strict settings, refusing duplicate keys in what it reads. */
    static final class Strict extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        /** The last vendor config seen and its strict form: a mapper reads with one config, so this rarely changes. */
        private transient volatile DeserializationConfig[] last;

        Strict(JsonDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Strict(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (isStrict(ctxt)) {
                return _delegatee.deserialize(p, ctxt);
            }
            boolean detect = startDuplicateDetection(p);
            try {
                return _delegatee.deserialize(p, strictContext(p, ctxt));
            } finally {
                endDuplicateDetection(p, detect);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            JsonDeserializer<Object> delegatee = (JsonDeserializer<Object>) _delegatee;
            if (isStrict(ctxt)) {
                return delegatee.deserialize(p, ctxt, intoValue);
            }
            boolean detect = startDuplicateDetection(p);
            try {
                return delegatee.deserialize(p, strictContext(p, ctxt), intoValue);
            } finally {
                endDuplicateDetection(p, detect);
            }
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
                throws IOException {
            if (isStrict(ctxt)) {
                return _delegatee.deserializeWithType(p, ctxt, typeDeserializer);
            }
            boolean detect = startDuplicateDetection(p);
            try {
                return _delegatee.deserializeWithType(p, strictContext(p, ctxt), typeDeserializer);
            } finally {
                endDuplicateDetection(p, detect);
            }
        }

        private DeserializationContext strictContext(JsonParser p, DeserializationContext ctxt) {
            if (!(ctxt instanceof DefaultDeserializationContext)) {
                return ctxt; // a vendor's own context type: Jackson's own is always a DefaultDeserializationContext
            }
            DeserializationConfig config = ctxt.getConfig();
            DeserializationConfig[] cached = last;
            DeserializationConfig strict;
            if (cached != null && cached[0] == config) {
                strict = cached[1];
            } else {
                strict = strict(config);
                last = new DeserializationConfig[] {config, strict};
            }
            return ((DefaultDeserializationContext) ctxt).createInstance(strict, p, null);
        }

        /** Turns on duplicate detection for the object about to be read, if it is off; returns whether it did. */
        private static boolean startDuplicateDetection(JsonParser p) {
            JsonToken token = p.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME)
                    && !p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                return true;
            }
            return false;
        }

        private static void endDuplicateDetection(JsonParser p, boolean started) {
            if (started) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
        }
    }
}
