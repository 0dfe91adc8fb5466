package org.carebudget.core.hours.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursLine;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;

/**
 * Jackson module for the hours value: a {@link HoursSummary} is {@code {"period": "2026-04-01/2026-05-01", "lines":
 * [...]}}, each {@link HoursLine} {@code {"carePackage", "funder", "personalAssistant", "kind", "plannedMinutes",
 * "deliveredMinutes"}}, read back through the summary's builder so every limit is checked; a missing or unknown
 * property is refused. Identifiers and ranges come from {@code CoreJacksonModule}. Found by
 * {@code ObjectMapper.findAndRegisterModules()}. Thread-safe once registered.
 */
public class HoursJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final Set<String> LINE = Set.of("carePackage", "funder", "personalAssistant", "kind",
            "plannedMinutes", "deliveredMinutes");
    private static final Set<String> SUMMARY = Set.of("period", "lines");

    /** Creates the module. */
    public HoursJacksonModule() {
        super("carebudget-core-hours", Version.unknownVersion());
        addSerializer(HoursLine.class, new JsonSerializer<HoursLine>() {
            @Override
            public void serialize(HoursLine l, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeStartObject();
                writeLine(l, gen, p);
                gen.writeEndObject();
            }
        });
        addSerializer(HoursSummary.class, new JsonSerializer<HoursSummary>() {
            @Override
            public void serialize(HoursSummary s, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeStartObject();
                p.defaultSerializeField("period", s.period(), gen);
                gen.writeArrayFieldStart("lines");
                for (HoursLine l : s.lines()) {
                    gen.writeStartObject();
                    writeLine(l, gen, p);
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
        });
        addDeserializer(HoursLine.class, new JsonDeserializer<HoursLine>() {
            @Override
            public HoursLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(p);
                try {
                    return readLine(node, ctxt);
                } catch (InvalidValueException e) {
                    return ctxt.reportInputMismatch(HoursLine.class, "%s", e.getMessage());
                }
            }
        });
        addDeserializer(HoursSummary.class, new JsonDeserializer<HoursSummary>() {
            @Override
            public HoursSummary deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(p);
                check(node, SUMMARY, HoursSummary.class, ctxt);
                try {
                    HoursSummary.Builder b = HoursSummary.builder(ctxt.readTreeAsValue(node.get("period"),
                            DateRange.class));
                    JsonNode lines = node.get("lines");
                    if (!lines.isArray()) {
                        return ctxt.reportInputMismatch(HoursSummary.class, "lines must be an array");
                    }
                    for (JsonNode line : lines) {
                        b.add(readLine(line, ctxt));
                    }
                    return b.build();
                } catch (InvalidValueException e) {
                    return ctxt.reportInputMismatch(HoursSummary.class, "%s", e.getMessage());
                }
            }
        });
    }

    private static void writeLine(HoursLine l, JsonGenerator gen, SerializerProvider p) throws IOException {
        HoursKey k = l.key();
        p.defaultSerializeField("carePackage", k.carePackage(), gen);
        p.defaultSerializeField("funder", k.funder(), gen);
        p.defaultSerializeField("personalAssistant", k.personalAssistant(), gen);
        gen.writeStringField("kind", k.kind().name());
        gen.writeNumberField("plannedMinutes", l.plannedMinutes());
        gen.writeNumberField("deliveredMinutes", l.deliveredMinutes());
    }

    private static void check(JsonNode node, Set<String> fields, Class<?> type, DeserializationContext ctxt)
            throws IOException {
        if (!node.isObject()) {
            ctxt.reportInputMismatch(type, "%s must be an object", type.getSimpleName());
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!fields.contains(n)) {
                ctxt.reportInputMismatch(type, "Unknown property '%s' of %s", n, type.getSimpleName());
            }
        }
        for (String f : fields) {
            if (node.get(f) == null || node.get(f).isNull()) {
                ctxt.reportInputMismatch(type, "Missing property '%s' of %s", f, type.getSimpleName());
            }
        }
    }

    private static HoursLine readLine(JsonNode node, DeserializationContext ctxt) throws IOException {
        check(node, LINE, HoursLine.class, ctxt);
        JsonNode kind = node.get("kind");
        JsonNode planned = node.get("plannedMinutes");
        JsonNode delivered = node.get("deliveredMinutes");
        if (!kind.isTextual() || !planned.isIntegralNumber() || !delivered.isIntegralNumber()
                || !planned.canConvertToLong() || !delivered.canConvertToLong()) {
            return ctxt.reportInputMismatch(HoursLine.class, "kind must be text and the minutes whole numbers");
        }
        HoursKind k;
        try {
            k = HoursKind.valueOf(kind.textValue());
        } catch (IllegalArgumentException e) {
            return ctxt.reportInputMismatch(HoursLine.class, "Unknown kind %s", InvalidValueException.shown(
                    kind.textValue()));
        }
        return HoursLine.of(HoursKey.of(ctxt.readTreeAsValue(node.get("carePackage"), CarePackageId.class),
                ctxt.readTreeAsValue(node.get("funder"), FunderId.class),
                ctxt.readTreeAsValue(node.get("personalAssistant"), PersonalAssistantId.class), k),
                planned.longValue(), delivered.longValue());
    }
}
