package org.carebudget.money.reconcile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * A JSON view of a {@link ReconciliationReport}, for a vendor's screen or an audit file: write-only (a report is a
 * result, recomputed from its input, never read back). Amounts are written as {@code "£12.50"}, dates as ISO-8601,
 * enums by name; a line is written with every field, an entry by its id. Register {@link #module()} on a mapper
 * ({@code CareBudgetJson} settings); it is not found by {@code findAndRegisterModules()}, which finds the money
 * module. Jackson is optional: this class needs {@code jackson-databind} only when it is used. Thread-safe.
 */
public final class ReconciliationJson {

    private ReconciliationJson() {
    }

    /**
     * Returns the Jackson module that writes reconciliation reports.
     *
     * @return a new module, not null
     */
    public static Module module() {
        SimpleModule module = new SimpleModule("carebudget-reconcile", Version.unknownVersion());
        module.addSerializer(ReconciliationReport.class, new ReportSerializer());
        return module;
    }

    /** Writes a report. Stateless and thread-safe. */
    private static final class ReportSerializer extends JsonSerializer<ReconciliationReport> {

        @Override
        public void serialize(ReconciliationReport report, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeStartObject();
            json.writeStringField("asOf", report.asOf().toString());
            json.writeBooleanField("reconciled", report.isReconciled());
            json.writeStringField("lastReconciled", text(report.lastReconciled()));
            json.writeArrayFieldStart("matches");
            for (Match match : report.matches()) {
                json.writeStartObject();
                json.writeFieldName("line");
                line(json, match.line());
                ids(json, "entryIds", match.entries());
                json.writeNumberField("score", match.score());
                json.writeStringField("basis", match.basis().name());
                json.writeNumberField("daysApart", match.daysApart());
                json.writeBooleanField("interchangeable", match.interchangeable());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("ambiguities");
            for (Ambiguity ambiguity : report.ambiguities()) {
                json.writeStartObject();
                json.writeStringField("reason", ambiguity.reason().name());
                json.writeArrayFieldStart("lines");
                for (StatementLine line : ambiguity.lines()) {
                    line(json, line);
                }
                json.writeEndArray();
                ids(json, "entryIds", ambiguity.entries());
                json.writeArrayFieldStart("candidates");
                for (Candidate candidate : ambiguity.candidates()) {
                    json.writeStartObject();
                    json.writeNumberField("sourceLine", candidate.line().sourceLine());
                    json.writeNumberField("occurrence", candidate.line().occurrence());
                    ids(json, "entryIds", candidate.entries());
                    json.writeNumberField("score", candidate.score());
                    json.writeStringField("basis", candidate.basis().name());
                    json.writeNumberField("daysApart", candidate.daysApart());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmatchedLines");
            for (UnmatchedLine unmatched : report.unmatchedLines()) {
                json.writeStartObject();
                json.writeFieldName("line");
                line(json, unmatched.line());
                json.writeStringField("reason", unmatched.reason().name());
                json.writeStringField("relatedEntryId", unmatched.relatedEntryId());
                json.writeStringField("difference", text(unmatched.difference()));
                nullableNumber(json, "daysApart", unmatched.daysApart());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmatchedEntries");
            for (UnmatchedEntry unmatched : report.unmatchedEntries()) {
                json.writeStartObject();
                ids(json, "entryIds", unmatched.entries());
                json.writeStringField("reason", unmatched.reason().name());
                json.writeFieldName("relatedLine");
                if (unmatched.relatedLine() == null) {
                    json.writeNull();
                } else {
                    line(json, unmatched.relatedLine());
                }
                json.writeStringField("difference", text(unmatched.difference()));
                nullableNumber(json, "daysApart", unmatched.daysApart());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("balanceChecks");
            for (BalanceCheck check : report.balanceChecks()) {
                json.writeStartObject();
                json.writeStringField("date", check.assertion().date().toString());
                json.writeStringField("boundary", check.assertion().boundary().name());
                json.writeStringField("statementBalance", check.statementBalance().toString());
                json.writeStringField("ledgerBalance", check.ledgerBalance().toString());
                json.writeStringField("difference", check.difference().toString());
                json.writeStringField("explained", check.explained().toString());
                json.writeStringField("unexplained", check.unexplained().toString());
                json.writeArrayFieldStart("linesNotInLedger");
                for (StatementLine line : check.linesNotInLedger()) {
                    json.writeNumber(line.sourceLine());
                }
                json.writeEndArray();
                ids(json, "entriesNotOnStatement", check.entriesNotOnStatement());
                json.writeArrayFieldStart("timing");
                for (Match match : check.timing()) {
                    json.writeString(match.entries().get(0).id());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("uncheckedAssertions");
            for (BalanceAssertion assertion : report.uncheckedAssertions()) {
                json.writeStartObject();
                json.writeStringField("date", assertion.date().toString());
                json.writeStringField("boundary", assertion.boundary().name());
                json.writeStringField("balance", assertion.balance().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (ReconciliationFinding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("severity", finding.severity().name());
                json.writeStringField("message", finding.message());
                json.writeStringField("source", finding.source().citation());
                json.writeStringField("status", finding.source().status().name());
                json.writeStringField("actBefore", text(finding.actBefore()));
                json.writeStringField("lastReconciled", text(finding.lastReconciled()));
                json.writeNumberField("daysSince", finding.daysSince());
                json.writeNumberField("limitDays", finding.limitDays());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private static void line(JsonGenerator json, StatementLine line) throws IOException {
            json.writeStartObject();
            json.writeNumberField("sourceLine", line.sourceLine());
            json.writeStringField("date", line.date().toString());
            json.writeStringField("amount", line.amount().toString());
            json.writeStringField("description", line.description());
            json.writeStringField("reference", line.reference());
            json.writeStringField("balance", text(line.balance()));
            json.writeStringField("settlement", line.settlement().name());
            json.writeStringField("type", line.type());
            json.writeStringField("transactionId", line.transactionId());
            json.writeNumberField("occurrence", line.occurrence());
            json.writeEndObject();
        }

        private static void ids(JsonGenerator json, String field, List<LedgerEntry> entries) throws IOException {
            json.writeArrayFieldStart(field);
            for (LedgerEntry entry : entries) {
                json.writeString(entry.id());
            }
            json.writeEndArray();
        }

        private static void nullableNumber(JsonGenerator json, String field, @Nullable Integer value)
                throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeNumberField(field, value);
            }
        }

        private static @Nullable String text(@Nullable Object value) {
            return value == null ? null : value instanceof Gbp gbp ? gbp.toString() : value.toString();
        }
    }
}
