package org.carebudget.money.returns;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;
import org.carebudget.core.hours.HoursLine;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;

/**
 * Jackson module writing period returns as JSON: a {@link PeriodReturn} as an object with every figure (amounts as
 * the kernel writes {@link Gbp}, such as {@code "£1234.50"}, through {@code CoreJacksonModule}), its categories as
 * objects keyed by category name, held spends with their rule ids, prior-period adjustments with their journal
 * position, and hours as minutes per PA and kind; a {@link CaseloadReturns} as its period, returns and funders'
 * totals. Keys come in a fixed order, so the same return always gives the same bytes. Returns are written, not read:
 * a return is reproduced from the journal ({@link ReturnRequest#knownThrough}), never trusted back from JSON.
 * Register it with {@code CoreJacksonModule}; thread-safe once registered.
 */
public class ReturnsJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ReturnsJacksonModule() {
        super("carebudget-money-returns");
        addSerializer(PeriodReturn.class, new ReturnSerializer());
        addSerializer(CaseloadReturns.class, new CaseloadSerializer());
    }

    private static final class ReturnSerializer extends JsonSerializer<PeriodReturn> {
        @Override
        public void serialize(PeriodReturn r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("carePackage", r.carePackage().value());
            gen.writeStringField("funder", r.funder().value());
            gen.writeStringField("periodStart", r.period().start().toString());
            gen.writeStringField("periodEnd", r.periodEnd().toString());
            gen.writeNumberField("knownThrough", r.knownThrough());
            gen.writeNumberField("previousKnownThrough", r.previousKnownThrough());
            money(gen, provider, "openingBalance", r.openingBalance());
            money(gen, provider, "receipts", r.receipts());
            categories(gen, provider, "spendByCategory", r.spendByCategory());
            money(gen, provider, "spend", r.spend());
            categories(gen, provider, "refundsByCategory", r.refundsByCategory());
            money(gen, provider, "refunds", r.refunds());
            money(gen, provider, "reversalsIn", r.reversalsIn());
            money(gen, provider, "reversalsOut", r.reversalsOut());
            money(gen, provider, "returnsToFunder", r.returnsToFunder());
            money(gen, provider, "clawbacks", r.clawbacks());
            gen.writeArrayFieldStart("priorPeriodAdjustments");
            for (PriorPeriodAdjustment a : r.priorPeriodAdjustments()) {
                gen.writeStartObject();
                gen.writeNumberField("position", a.position());
                gen.writeStringField("transferId", a.transferId().toString());
                gen.writeStringField("kind", a.kind().name());
                gen.writeStringField("purpose", a.purpose().kind().name());
                SpendCategory category = a.purpose().category();
                if (category != null) {
                    gen.writeStringField("category", category.name());
                }
                gen.writeStringField("date", a.date().toString());
                money(gen, provider, "amount", a.amount());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            money(gen, provider, "priorPeriodAdjustmentsIn", r.priorPeriodAdjustmentsIn());
            money(gen, provider, "priorPeriodAdjustmentsOut", r.priorPeriodAdjustmentsOut());
            money(gen, provider, "moneyIn", r.moneyIn());
            money(gen, provider, "moneyOut", r.moneyOut());
            money(gen, provider, "closingBalance", r.closingBalance());
            gen.writeArrayFieldStart("heldSpends");
            for (HeldSpend h : r.heldSpends()) {
                gen.writeStartObject();
                gen.writeStringField("holdId", h.holdId().toString());
                gen.writeStringField("category", h.category().name());
                money(gen, provider, "amount", h.amount());
                gen.writeStringField("date", h.date().toString());
                if (h.expiresOn() != null) {
                    gen.writeStringField("expiresOn", String.valueOf(h.expiresOn()));
                }
                gen.writeArrayFieldStart("ruleIds");
                for (String ruleId : h.ruleIds()) {
                    gen.writeString(ruleId);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            money(gen, provider, "heldTotal", r.heldTotal());
            Gbp contingency = r.contingency();
            Gbp surplus = r.surplus();
            if (contingency != null && surplus != null) {
                money(gen, provider, "contingency", contingency);
                money(gen, provider, "surplus", surplus);
                gen.writeBooleanField("flaggedForClawback", r.flaggedForClawback());
            }
            HoursSummary hours = r.hours();
            if (hours != null) {
                gen.writeObjectFieldStart("hours");
                gen.writeNumberField("budgetedMinutes", hours.plannedMinutes());
                gen.writeNumberField("usedMinutes", hours.deliveredMinutes());
                gen.writeArrayFieldStart("lines");
                for (HoursLine line : hours.lines()) {
                    gen.writeStartObject();
                    gen.writeStringField("personalAssistant", line.key().personalAssistant().value());
                    gen.writeStringField("kind", line.key().kind().name());
                    gen.writeNumberField("budgetedMinutes", line.plannedMinutes());
                    gen.writeNumberField("usedMinutes", line.deliveredMinutes());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
    }

    private static final class CaseloadSerializer extends JsonSerializer<CaseloadReturns> {
        @Override
        public void serialize(CaseloadReturns c, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("periodStart", c.period().start().toString());
            gen.writeStringField("periodEnd", c.period().end().orElseThrow().toString());
            gen.writeObjectFieldStart("totals");
            for (Map.Entry<FunderId, CaseloadReturns.Totals> e : c.totals().entrySet()) {
                CaseloadReturns.Totals t = e.getValue();
                gen.writeObjectFieldStart(e.getKey().value());
                gen.writeNumberField("packages", t.packages());
                money(gen, provider, "openingBalance", t.openingBalance());
                money(gen, provider, "moneyIn", t.moneyIn());
                money(gen, provider, "moneyOut", t.moneyOut());
                money(gen, provider, "closingBalance", t.closingBalance());
                gen.writeEndObject();
            }
            gen.writeEndObject();
            gen.writeArrayFieldStart("returns");
            for (PeriodReturn r : c.returns()) {
                provider.defaultSerializeValue(r, gen);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private static void categories(JsonGenerator gen, SerializerProvider provider, String field,
            Map<SpendCategory, Gbp> amounts) throws IOException {
        gen.writeObjectFieldStart(field);
        for (Map.Entry<SpendCategory, Gbp> e : amounts.entrySet()) {
            money(gen, provider, e.getKey().name(), e.getValue());
        }
        gen.writeEndObject();
    }

    private static void money(JsonGenerator gen, SerializerProvider provider, String field, Gbp amount)
            throws IOException {
        provider.defaultSerializeField(field, amount, gen);
    }
}
