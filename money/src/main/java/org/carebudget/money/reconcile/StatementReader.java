package org.carebudget.money.reconcile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Reads a statement CSV through a profile with FastCSV: finds the header after any preamble, reads each line's
 * values, and collects every problem with its line, column and masked value. FastCSV bounds each field to
 * {@value #MAX_FIELD} characters and each record to {@value #MAX_RECORD}, so a hostile 15 MB field stops the parse at
 * once. Stateless and thread-safe.
 */
final class StatementReader {

    static final int MAX_FIELD = 4096;
    static final int MAX_RECORD = 16_384;

    /** What a read found: the statement if there was no problem, and the problems. */
    record Result(@Nullable BankStatement statement, List<ImportProblem> problems) {
    }

    private StatementReader() {
    }

    static Result read(StatementProfile profile, String csv, int maxProblems) {
        String text = !csv.isEmpty() && csv.charAt(0) == '\uFEFF' ? csv.substring(1) : csv;
        Job job = new Job(profile, maxProblems);
        CsvRecordHandler handler = CsvRecordHandler.builder().maxFields(Column.MAX_COLUMNS).maxFieldSize(MAX_FIELD)
                .maxRecordSize(MAX_RECORD).build();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(handler, text)) {
            for (CsvRecord record : reader) {
                job.lastLine = record.getStartingLineNumber();
                if (!job.accept(record)) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            job.problem(ImportProblem.Kind.MALFORMED_CSV, job.lastLine + 1, "file", "(not shown)",
                    "well-formed CSV: quotes closed, fields of at most " + MAX_FIELD + " characters, lines of at most "
                            + MAX_RECORD + " characters, at most " + Column.MAX_COLUMNS + " columns");
        } catch (IOException e) {
            job.problem(ImportProblem.Kind.MALFORMED_CSV, job.lastLine + 1, "file", "(not shown)", "readable CSV");
        }
        return job.finish();
    }

    /** One read in progress. Not thread-safe; lives for one call. */
    private static final class Job {

        private final StatementProfile profile;
        private final int maxProblems;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<StatementLine> lines = new ArrayList<>();
        private final Set<LineFingerprint> ids = new HashSet<>();
        private final Map<Column, Integer> index = new HashMap<>();
        private boolean headerFound;
        private int preambleSeen;
        private long lastLine;

        Job(StatementProfile profile, int maxProblems) {
            this.profile = profile;
            this.maxProblems = maxProblems;
            if (!profile.hasHeader()) {
                for (Column column : profile.columns().values()) {
                    index.put(column, column.position());
                }
                headerFound = true;
            }
        }

        /** Takes one record; false to stop reading. */
        boolean accept(CsvRecord record) {
            if (!headerFound) {
                if (isHeader(record)) {
                    headerFound = true;
                } else if (++preambleSeen > profile.maxPreambleLines()) {
                    problem(ImportProblem.Kind.HEADER_NOT_FOUND, record.getStartingLineNumber(), "header",
                            Texts.mask(String.join(",", record.getFields())), "a header with the columns "
                                    + expectedHeader() + " within the first " + (profile.maxPreambleLines() + 1)
                                    + " lines");
                    return false;
                }
                return true;
            }
            if (lines.size() == BankStatement.MAX_LINES) {
                problem(ImportProblem.Kind.TOO_MANY_LINES, record.getStartingLineNumber(), "file", "more lines",
                        "at most " + BankStatement.MAX_LINES + " lines");
                return false;
            }
            StatementLine line = line(record);
            if (line != null && problems.isEmpty()) {
                lines.add(line);
            }
            return problems.size() < maxProblems;
        }

        private boolean isHeader(CsvRecord record) {
            Map<String, Integer> cells = new HashMap<>();
            for (int i = record.getFieldCount() - 1; i >= 0; i--) {
                cells.put(record.getField(i).trim().toLowerCase(Locale.ROOT), i);
            }
            Map<Column, Integer> found = new HashMap<>();
            for (Column column : profile.columns().values()) {
                Integer at = cells.get(String.valueOf(column.name()).toLowerCase(Locale.ROOT));
                if (at == null) {
                    return false;
                }
                found.put(column, at);
            }
            index.putAll(found);
            return true;
        }

        private String expectedHeader() {
            return profile.columns().values().stream().map(Column::label).distinct()
                    .collect(Collectors.joining(", "));
        }

        private @Nullable String value(CsvRecord record, @Nullable Column column) {
            if (column == null) {
                return null;
            }
            int at = index.get(column);
            return at < record.getFieldCount() ? record.getField(at).trim() : null;
        }

        private @Nullable StatementLine line(CsvRecord record) {
            long at = record.getStartingLineNumber();
            int before = problems.size();
            LocalDate date = date(record, at);
            Long pence = amount(record, at);
            String currency = value(record, profile.currencyColumn());
            if (currency != null && !currency.isEmpty() && !currency.equalsIgnoreCase("GBP")) {
                problem(ImportProblem.Kind.OTHER_CURRENCY, at, label(profile.currencyColumn()),
                        Texts.showValue(currency), "GBP");
            }
            StringBuilder description = new StringBuilder();
            for (Column column : profile.descriptionColumns()) {
                String part = value(record, column);
                if (part != null && !part.isEmpty()) {
                    description.append(description.length() == 0 ? "" : " ").append(part);
                }
            }
            if (description.length() > Texts.MAX_DESCRIPTION) {
                problem(ImportProblem.Kind.TOO_LONG, at, label(profile.descriptionColumns().get(0)),
                        Texts.mask(description.toString()), "a description of at most " + Texts.MAX_DESCRIPTION
                                + " characters");
            }
            String reference = shortText(record, profile.referenceColumn(), at, true);
            String type = shortText(record, profile.typeColumn(), at, true);
            String id = shortText(record, profile.transactionIdColumn(), at, false);
            Gbp balance = balance(record, at);
            Settlement settlement = settlement(record, at);
            if (problems.size() > before || date == null || pence == null) {
                return null;
            }
            StatementLine line = StatementLine.read(at, id, date, Gbp.ofPence(pence), description.toString(), reference,
                    balance, settlement, type);
            if (id != null && !ids.add(line.fingerprint())) {
                problem(ImportProblem.Kind.DUPLICATE_TRANSACTION_ID, at, label(profile.transactionIdColumn()),
                        Texts.showValue(id), "a transaction id not used by another " + settlement.name()
                                .toLowerCase(Locale.ROOT) + " line");
                return null;
            }
            return line;
        }

        private @Nullable LocalDate date(CsvRecord record, long at) {
            Column column = profile.dateColumn();
            String raw = value(record, column);
            if (raw == null || raw.isEmpty()) {
                problem(ImportProblem.Kind.MISSING_VALUE, at, column.label(), raw == null ? "(missing)" : "(empty)",
                        "a date");
                return null;
            }
            if (raw.length() > DateForm.MAX_TEXT) {
                problem(ImportProblem.Kind.TOO_LONG, at, column.label(), Texts.showValue(raw),
                        "a date of at most " + DateForm.MAX_TEXT + " characters");
                return null;
            }
            for (DateForm form : profile.dateForms()) {
                LocalDate date = form.read(raw);
                if (date != null) {
                    return date;
                }
            }
            problem(ImportProblem.Kind.INVALID_DATE, at, column.label(), Texts.showValue(raw),
                    "a date as " + profile.dateForms().stream().map(DateForm::pattern)
                            .collect(Collectors.joining(" or ")) + " from " + SupportedDates.FIRST + " to "
                            + SupportedDates.LAST);
            return null;
        }

        private @Nullable Long amount(CsvRecord record, long at) {
            if (profile.sign() != AmountSign.SEPARATE_COLUMNS) {
                Column column = java.util.Objects.requireNonNull(profile.amountColumn());
                Long pence = pence(record, column, at, true);
                return pence == null ? null : profile.sign() == AmountSign.PAID_OUT_POSITIVE ? -pence : pence;
            }
            Column outColumn = java.util.Objects.requireNonNull(profile.paidOutColumn());
            Column inColumn = java.util.Objects.requireNonNull(profile.paidInColumn());
            String out = value(record, outColumn);
            String in = value(record, inColumn);
            boolean hasOut = out != null && !AmountText.absent(out);
            boolean hasIn = in != null && !AmountText.absent(in);
            if (!hasOut && !hasIn) {
                problem(ImportProblem.Kind.MISSING_VALUE, at, outColumn.label() + " or " + inColumn.label(),
                        "(empty)", "an amount paid out or paid in");
                return null;
            }
            Long outPence = hasOut ? pence(record, outColumn, at, true) : Long.valueOf(0);
            Long inPence = hasIn ? pence(record, inColumn, at, true) : Long.valueOf(0);
            if (outPence == null || inPence == null) {
                return null;
            }
            if (outPence != 0 && inPence != 0) {
                problem(ImportProblem.Kind.AMOUNT_IN_BOTH_COLUMNS, at, outColumn.label() + " and " + inColumn.label(),
                        Texts.showValue(out + " / " + in), "an amount in one of the two columns only");
                return null;
            }
            return inPence - outPence;
        }

        private @Nullable Long pence(CsvRecord record, Column column, long at, boolean required) {
            String raw = value(record, column);
            if (raw == null || raw.isEmpty()) {
                if (required) {
                    problem(ImportProblem.Kind.MISSING_VALUE, at, column.label(),
                            raw == null ? "(missing)" : "(empty)", AmountText.FORM);
                }
                return null;
            }
            try {
                return AmountText.pence(raw);
            } catch (AmountText.Bad bad) {
                problem(bad.kind, at, column.label(), Texts.showValue(raw), bad.expected);
                return null;
            }
        }

        private @Nullable Gbp balance(CsvRecord record, long at) {
            Column column = profile.balanceColumn();
            if (column == null) {
                return null;
            }
            Long pence = pence(record, column, at, false);
            return pence == null ? null : Gbp.ofPence(pence);
        }

        private Settlement settlement(CsvRecord record, long at) {
            Column column = profile.settlementColumn();
            if (column == null) {
                return Settlement.SETTLED;
            }
            String raw = value(record, column);
            Settlement found = raw == null ? null : profile.settlementValues().get(raw.toUpperCase(Locale.ROOT));
            if (found == null) {
                problem(ImportProblem.Kind.UNKNOWN_SETTLEMENT, at, column.label(),
                        raw == null ? "(missing)" : Texts.showValue(raw),
                        "one of " + String.join(", ", profile.settlementValues().keySet()));
                return Settlement.SETTLED;
            }
            return found;
        }

        private @Nullable String shortText(CsvRecord record, @Nullable Column column, long at, boolean personal) {
            String raw = value(record, column);
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            if (raw.length() > Texts.MAX_SHORT) {
                problem(ImportProblem.Kind.TOO_LONG, at, label(column), personal ? Texts.mask(raw)
                        : Texts.showValue(raw), "a text of at most " + Texts.MAX_SHORT + " characters");
                return null;
            }
            return raw;
        }

        private static String label(@Nullable Column column) {
            return column == null ? "?" : column.label();
        }

        void problem(ImportProblem.Kind kind, long line, String column, String value, String expected) {
            if (problems.size() < maxProblems) {
                problems.add(ImportProblem.of(kind, line, column, value, expected));
            }
        }

        Result finish() {
            if (problems.isEmpty() && !headerFound) {
                problem(ImportProblem.Kind.HEADER_NOT_FOUND, 0, "file", "(no header)",
                        "a header with the columns " + expectedHeader());
            }
            if (problems.isEmpty() && lines.isEmpty()) {
                problem(ImportProblem.Kind.EMPTY_FILE, 0, "file", "(no transaction lines)",
                        "at least one transaction line");
            }
            if (!problems.isEmpty()) {
                return new Result(null, Collections.unmodifiableList(problems));
            }
            return new Result(BankStatement.of(profile.name(), profile.order(), lines), List.of());
        }
    }
}
