package org.carebudget.money.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * JSON for the money module's final value classes, which have factories and builders rather than public
 * constructors: each is written as an object of its accessors and read back through its own factory or builder, so
 * that every check runs on read and an invalid value fails with the factory's message (wrapped in a
 * {@code ValueInstantiationException}). Unknown properties and missing required ones are refused, as
 * {@code CareBudgetJson}'s strict settings refuse them elsewhere. Stateless and thread-safe.
 *
 * <p>{@link SupportPlanBudget}: {@code {"start", "periodWeeks", "categoryLimits": {category: amount},
 * "periodLimit", "funderShares": {funder: amount}}}. {@link FundingTerms}: {@code {"plan", "funder",
 * "contingencyWeeks", "clawbackThreshold", "weeklyPlannedCost"}}, where {@code weeklyPlannedCost} derives from the
 * plan and is written for readers; when present on read it must equal the derived figure.
 */
final class ValueObjects {

    private ValueObjects() {
    }

    /** Writes a support plan. */
    static final class PlanSerializer extends JsonSerializer<SupportPlanBudget> {
        @Override
        public void serialize(SupportPlanBudget plan, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            provider.defaultSerializeField("start", plan.start(), gen);
            gen.writeNumberField("periodWeeks", plan.periodWeeks());
            provider.defaultSerializeField("categoryLimits", plan.categoryLimits(), gen);
            provider.defaultSerializeField("periodLimit", plan.periodLimit(), gen);
            provider.defaultSerializeField("funderShares", plan.funderShares(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a support plan through its builder. */
    static final class PlanDeserializer extends JsonDeserializer<SupportPlanBudget> {
        private static final List<String> FIELDS = List.of("start", "periodWeeks", "categoryLimits", "periodLimit",
                "funderShares");

        @Override
        public SupportPlanBudget deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = object(p, ctxt, SupportPlanBudget.class, FIELDS);
            LocalDate start = ctxt.readTreeAsValue(required(node, "start", SupportPlanBudget.class, ctxt),
                    LocalDate.class);
            int weeks = integer(node, "periodWeeks", SupportPlanBudget.class, ctxt);
            Map<SpendCategory, Gbp> limits = ctxt.readTreeAsValue(required(node, "categoryLimits",
                    SupportPlanBudget.class, ctxt), mapOf(ctxt, SpendCategory.class));
            Gbp periodLimit = ctxt.readTreeAsValue(required(node, "periodLimit", SupportPlanBudget.class, ctxt),
                    Gbp.class);
            JsonNode sharesNode = node.get("funderShares");
            Map<FunderId, Gbp> shares = sharesNode == null || sharesNode.isNull() ? Map.of()
                    : ctxt.readTreeAsValue(sharesNode, mapOf(ctxt, FunderId.class));
            try {
                SupportPlanBudget.Builder builder = SupportPlanBudget.startingOn(start).everyWeeks(weeks);
                for (Map.Entry<SpendCategory, Gbp> limit : limits.entrySet()) {
                    builder.limit(limit.getKey(), limit.getValue());
                }
                builder.periodLimit(periodLimit);
                for (Map.Entry<FunderId, Gbp> share : shares.entrySet()) {
                    builder.fundedBy(share.getKey(), share.getValue());
                }
                return builder.build();
            } catch (InvalidValueException e) {
                throw ctxt.instantiationException(SupportPlanBudget.class, e);
            }
        }
    }

    /** Writes a funder's terms, with their plan. */
    static final class TermsSerializer extends JsonSerializer<FundingTerms> {
        @Override
        public void serialize(FundingTerms terms, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            provider.defaultSerializeField("plan", terms.plan(), gen);
            provider.defaultSerializeField("funder", terms.funder(), gen);
            gen.writeNumberField("contingencyWeeks", terms.contingencyWeeks());
            provider.defaultSerializeField("clawbackThreshold", terms.clawbackThreshold(), gen);
            provider.defaultSerializeField("weeklyPlannedCost", terms.weeklyPlannedCost(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a funder's terms through {@link FundingTerms#of} and its {@code with*} methods. */
    static final class TermsDeserializer extends JsonDeserializer<FundingTerms> {
        private static final List<String> FIELDS = List.of("plan", "funder", "contingencyWeeks", "clawbackThreshold",
                "weeklyPlannedCost");

        @Override
        public FundingTerms deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = object(p, ctxt, FundingTerms.class, FIELDS);
            SupportPlanBudget plan = ctxt.readTreeAsValue(required(node, "plan", FundingTerms.class, ctxt),
                    SupportPlanBudget.class);
            FunderId funder = ctxt.readTreeAsValue(required(node, "funder", FundingTerms.class, ctxt),
                    FunderId.class);
            int weeks = integer(node, "contingencyWeeks", FundingTerms.class, ctxt);
            Gbp threshold = ctxt.readTreeAsValue(required(node, "clawbackThreshold", FundingTerms.class, ctxt),
                    Gbp.class);
            JsonNode weeklyNode = node.get("weeklyPlannedCost");
            Gbp weekly = weeklyNode == null ? null : ctxt.readTreeAsValue(weeklyNode, Gbp.class);
            FundingTerms terms;
            try {
                terms = FundingTerms.of(plan, funder).withContingencyWeeks(weeks).withClawbackThreshold(threshold);
            } catch (InvalidValueException e) {
                throw ctxt.instantiationException(FundingTerms.class, e);
            }
            if (weekly != null && !weekly.equals(terms.weeklyPlannedCost())) {
                ctxt.reportInputMismatch(FundingTerms.class, "weeklyPlannedCost derives from the plan's share for "
                        + "%s: %s, not %s", funder, terms.weeklyPlannedCost(), weekly);
            }
            return terms;
        }
    }

    private static JavaType mapOf(DeserializationContext ctxt, Class<?> key) {
        return ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, key, Gbp.class);
    }

    /** Reads an object, refusing another token and any property not in {@code fields}. */
    private static JsonNode object(JsonParser p, DeserializationContext ctxt, Class<?> type, List<String> fields)
            throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return (JsonNode) ctxt.handleUnexpectedToken(type, node.asToken(), p, "an object for %s",
                    type.getSimpleName());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw UnrecognizedPropertyException.from(p, type, name, new ArrayList<>(fields));
            }
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String field, Class<?> type, DeserializationContext ctxt)
            throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            ctxt.reportInputMismatch(type, "Missing required property '%s' of %s", field, type.getSimpleName());
        }
        return value;
    }

    private static int integer(JsonNode node, String field, Class<?> type, DeserializationContext ctxt)
            throws IOException {
        JsonNode value = required(node, field, type, ctxt);
        if (!value.isInt()) {
            ctxt.reportInputMismatch(type, "Property '%s' of %s must be a whole number, not %s", field,
                    type.getSimpleName(), value.toString().length() > 40 ? value.toString().substring(0, 40) + "..."
                            : value.toString());
        }
        return value.intValue();
    }
}
