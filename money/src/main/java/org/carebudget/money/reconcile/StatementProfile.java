package org.carebudget.money.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * How to read one bank's statement CSV: data, not code per bank. A profile names the columns that hold the date,
 * the amount (one signed column or separate paid-out and paid-in columns), the description, and where the bank gives
 * them the reference, running balance, transaction type, transaction id, currency and settlement (a prepaid card's
 * entry type: authorisation, settlement, reversal); the date forms; the line order; and how many preamble lines may
 * come before the header. {@link StatementProfiles} holds the built-in UK profiles; {@link #builder} makes a generic
 * column mapping for any other bank.
 *
 * <p>Reading ({@link #read(String)}, {@link #read(byte[])}) is all or nothing: a file with any problem imports
 * nothing and throws a {@link LedgerException} naming the line, the column and the (masked) value;
 * {@link #check(String)} lists every problem instead. Every text is bounded before it is parsed (a field of more than
 * 4,096 characters stops the parse at once), so reading is linear in the file's length. Immutable and thread-safe.
 */
public final class StatementProfile {

    private final String name;
    private final boolean header;
    private final int maxPreambleLines;
    private final Column date;
    private final List<DateForm> dateForms;
    private final AmountSign sign;
    private final @Nullable Column amount;
    private final @Nullable Column paidOut;
    private final @Nullable Column paidIn;
    private final List<Column> description;
    private final @Nullable Column reference;
    private final @Nullable Column balance;
    private final @Nullable Column type;
    private final @Nullable Column transactionId;
    private final @Nullable Column currency;
    private final @Nullable Column settlement;
    private final Map<String, Settlement> settlementValues;
    private final LineOrder order;

    private StatementProfile(Builder b) {
        this.name = b.name;
        this.header = b.header;
        this.maxPreambleLines = b.maxPreambleLines;
        this.date = Objects.requireNonNull(b.date);
        this.dateForms = List.copyOf(b.dateForms);
        this.sign = b.sign;
        this.amount = b.amount;
        this.paidOut = b.paidOut;
        this.paidIn = b.paidIn;
        this.description = List.copyOf(b.description);
        this.reference = b.reference;
        this.balance = b.balance;
        this.type = b.type;
        this.transactionId = b.transactionId;
        this.currency = b.currency;
        this.settlement = b.settlement;
        this.settlementValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.settlementValues));
        this.order = b.order;
    }

    /**
     * Returns a builder of a profile with a header line, dates {@code dd/MM/uuuu}, no preamble, newest line first.
     *
     * @param name the profile's name, such as {@code my-bank}, not blank, at most 200 characters
     * @return the builder, not null
     * @throws LedgerException if {@code name} is null, blank or too long
     */
    public static Builder builder(String name) {
        return new Builder(Texts.required(name, Texts.MAX_SHORT, "name"));
    }

    /**
     * Reads a statement file given as text. A byte-order mark at its start is skipped.
     *
     * @param csv the file's text, not null
     * @return the statement, not null, with at least one line
     * @throws LedgerException naming the line, column and masked value of the first problem if the file has any
     *     ({@link #check(String)} lists them all); nothing is imported
     */
    public BankStatement read(String csv) {
        StatementReader.Result result = StatementReader.read(this, LedgerException.notNull(csv, "csv"), 1);
        if (!result.problems().isEmpty()) {
            throw result.problems().get(0).toException();
        }
        return Objects.requireNonNull(result.statement());
    }

    /**
     * Reads a statement file given as bytes: UTF-8, or UTF-16 with a byte-order mark; a file that is not valid UTF-8
     * is read as Windows-1252, the encoding older UK bank downloads use for {@code £}.
     *
     * @param file the file's bytes, not null
     * @return the statement, not null, with at least one line
     * @throws LedgerException naming the line, column and masked value of the first problem; nothing is imported
     */
    public BankStatement read(byte[] file) {
        return read(Encodings.decode(LedgerException.notNull(file, "file")));
    }

    /**
     * Lists every problem of a statement file, at most 100, in line order; empty if {@link #read(String)} would
     * succeed.
     *
     * @param csv the file's text, not null
     * @return the problems, unmodifiable, not null
     * @throws LedgerException if {@code csv} is null
     */
    public List<ImportProblem> check(String csv) {
        return StatementReader.read(this, LedgerException.notNull(csv, "csv"), 100).problems();
    }

    /**
     * Returns the profile's name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether the file has a header line.
     *
     * @return true if the columns are named by a header line
     */
    public boolean hasHeader() {
        return header;
    }

    /**
     * Returns how many lines may come before the header (Nationwide's account name and balances).
     *
     * @return the most preamble lines, 0 or more
     */
    public int maxPreambleLines() {
        return maxPreambleLines;
    }

    /**
     * Returns the date forms tried in order.
     *
     * @return the forms, at least one, unmodifiable
     */
    public List<DateForm> dateForms() {
        return dateForms;
    }

    /**
     * Returns how the amount is read.
     *
     * @return the sign convention, not null
     */
    public AmountSign sign() {
        return sign;
    }

    /**
     * Returns the order of the lines in the file.
     *
     * @return the order, not null
     */
    public LineOrder order() {
        return order;
    }

    /**
     * Returns the columns the profile reads, by what they hold: {@code date}, {@code amount} or {@code paidOut} and
     * {@code paidIn}, {@code description1}..., and where set {@code reference}, {@code balance}, {@code type},
     * {@code transactionId}, {@code currency}, {@code settlement}.
     *
     * @return the columns, unmodifiable, in that order
     */
    public Map<String, Column> columns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("date", date);
        put(columns, "amount", amount);
        put(columns, "paidOut", paidOut);
        put(columns, "paidIn", paidIn);
        for (int i = 0; i < description.size(); i++) {
            columns.put("description" + (i + 1), description.get(i));
        }
        put(columns, "reference", reference);
        put(columns, "balance", balance);
        put(columns, "type", type);
        put(columns, "transactionId", transactionId);
        put(columns, "currency", currency);
        put(columns, "settlement", settlement);
        return Collections.unmodifiableMap(columns);
    }

    private static void put(Map<String, Column> columns, String key, @Nullable Column column) {
        if (column != null) {
            columns.put(key, column);
        }
    }

    /**
     * Returns how the settlement column's values (upper case) map to settled or pending.
     *
     * @return the values, unmodifiable; empty if the profile has no settlement column (every line is settled)
     */
    public Map<String, Settlement> settlementValues() {
        return settlementValues;
    }

    Column dateColumn() {
        return date;
    }

    @Nullable Column amountColumn() {
        return amount;
    }

    @Nullable Column paidOutColumn() {
        return paidOut;
    }

    @Nullable Column paidInColumn() {
        return paidIn;
    }

    List<Column> descriptionColumns() {
        return description;
    }

    @Nullable Column referenceColumn() {
        return reference;
    }

    @Nullable Column balanceColumn() {
        return balance;
    }

    @Nullable Column typeColumn() {
        return type;
    }

    @Nullable Column transactionIdColumn() {
        return transactionId;
    }

    @Nullable Column currencyColumn() {
        return currency;
    }

    @Nullable Column settlementColumn() {
        return settlement;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatementProfile o && name.equals(o.name) && header == o.header
                && maxPreambleLines == o.maxPreambleLines && columns().equals(o.columns())
                && dateForms.equals(o.dateForms) && sign == o.sign && settlementValues.equals(o.settlementValues)
                && order == o.order;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, header, maxPreambleLines, columns(), dateForms, sign, settlementValues, order);
    }

    @Override
    public String toString() {
        return "StatementProfile[" + name + "]";
    }

    /**
     * Builds a profile. Set the date column, the amount column(s) and at least one description column; the rest is
     * optional. Not thread-safe: use one builder in one thread.
     */
    public static final class Builder {

        private final String name;
        private boolean header = true;
        private int maxPreambleLines;
        private @Nullable Column date;
        private final List<DateForm> dateForms = new ArrayList<>(List.of(DateForm.DAY_MONTH_YEAR));
        private AmountSign sign = AmountSign.PAID_IN_POSITIVE;
        private @Nullable Column amount;
        private @Nullable Column paidOut;
        private @Nullable Column paidIn;
        private final List<Column> description = new ArrayList<>();
        private @Nullable Column reference;
        private @Nullable Column balance;
        private @Nullable Column type;
        private @Nullable Column transactionId;
        private @Nullable Column currency;
        private @Nullable Column settlement;
        private final Map<String, Settlement> settlementValues = new LinkedHashMap<>();
        private LineOrder order = LineOrder.NEWEST_FIRST;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Declares that the file has no header line: every column is then found by position.
         *
         * @return this builder
         */
        public Builder noHeader() {
            this.header = false;
            return this;
        }

        /**
         * Allows lines before the header (account name, balances) that are skipped.
         *
         * @param lines the most preamble lines, 0 - 50
         * @return this builder
         * @throws LedgerException if {@code lines} is out of range
         */
        public Builder preamble(int lines) {
            this.maxPreambleLines = LedgerException.CHECKS.inRange(lines, 0, 50, "preamble");
            return this;
        }

        /**
         * Sets the date column and the forms its dates may take, tried in order.
         *
         * @param column the column, not null
         * @param forms the forms, not null, at most 8; none keeps {@code dd/MM/uuuu}
         * @return this builder
         * @throws LedgerException if a value is null or more than 8 forms are given
         */
        public Builder date(Column column, DateForm... forms) {
            this.date = LedgerException.notNull(column, "date");
            LedgerException.notNull(forms, "forms");
            List<DateForm> given = LedgerException.CHECKS.list(java.util.Arrays.asList(forms), 8, "forms");
            dateForms.clear();
            dateForms.addAll(given.isEmpty() ? List.of(DateForm.DAY_MONTH_YEAR) : given);
            return this;
        }

        /**
         * Sets one signed amount column.
         *
         * @param column the column, not null
         * @param convention {@link AmountSign#PAID_IN_POSITIVE} or {@link AmountSign#PAID_OUT_POSITIVE}
         * @return this builder
         * @throws LedgerException if a value is null or {@code convention} is {@link AmountSign#SEPARATE_COLUMNS}
         */
        public Builder amount(Column column, AmountSign convention) {
            LedgerException.notNull(convention, "convention");
            if (convention == AmountSign.SEPARATE_COLUMNS) {
                throw new LedgerException("convention", "PAID_IN_POSITIVE or PAID_OUT_POSITIVE for one column "
                        + "(use paidOutAndIn for two)", convention);
            }
            this.amount = LedgerException.notNull(column, "amount");
            this.sign = convention;
            this.paidOut = null;
            this.paidIn = null;
            return this;
        }

        /**
         * Sets separate paid-out and paid-in columns; a line's amount is paid in minus paid out.
         *
         * @param out the paid-out (debit) column, not null
         * @param in the paid-in (credit) column, not null
         * @return this builder
         * @throws LedgerException if a column is null
         */
        public Builder paidOutAndIn(Column out, Column in) {
            this.paidOut = LedgerException.notNull(out, "out");
            this.paidIn = LedgerException.notNull(in, "in");
            this.amount = null;
            this.sign = AmountSign.SEPARATE_COLUMNS;
            return this;
        }

        /**
         * Adds a description column; several are joined with a space (Monzo's name and description).
         *
         * @param column the column, not null
         * @return this builder
         * @throws LedgerException if {@code column} is null or more than 4 are added
         */
        public Builder description(Column column) {
            LedgerException.notNull(column, "description");
            if (description.size() == 4) {
                throw new LedgerException("description", "at most 4 description columns", 5);
            }
            description.add(column);
            return this;
        }

        /**
         * Sets the reference column.
         *
         * @param column the column, null for none
         * @return this builder
         */
        public Builder reference(@Nullable Column column) {
            this.reference = column;
            return this;
        }

        /**
         * Sets the running-balance column.
         *
         * @param column the column, null for none
         * @return this builder
         */
        public Builder balance(@Nullable Column column) {
            this.balance = column;
            return this;
        }

        /**
         * Sets the bank's transaction-type column, kept as text for display.
         *
         * @param column the column, null for none
         * @return this builder
         */
        public Builder type(@Nullable Column column) {
            this.type = column;
            return this;
        }

        /**
         * Sets the bank's transaction-id column; a line's id is then its fingerprint.
         *
         * @param column the column, null for none
         * @return this builder
         */
        public Builder transactionId(@Nullable Column column) {
            this.transactionId = column;
            return this;
        }

        /**
         * Sets a currency column; every line's value must then be {@code GBP} (or empty).
         *
         * @param column the column, null for none
         * @return this builder
         */
        public Builder currency(@Nullable Column column) {
            this.currency = column;
            return this;
        }

        /**
         * Sets the column whose values tell settled lines from pending ones (a prepaid card's entry type), and what
         * each value means; a value not listed is a problem of kind {@link ImportProblem.Kind#UNKNOWN_SETTLEMENT}.
         *
         * @param column the column, not null
         * @param values each value (matched ignoring case and surrounding spaces) and its settlement, at least one
         * @return this builder
         * @throws LedgerException if a value is null, blank or too long, or the map is empty
         */
        public Builder settlement(Column column, Map<String, Settlement> values) {
            this.settlement = LedgerException.notNull(column, "settlement");
            Map<String, Settlement> given = LedgerException.CHECKS.map(values, 64, "values");
            if (given.isEmpty()) {
                throw new LedgerException("values", "at least one value", "none");
            }
            settlementValues.clear();
            for (Map.Entry<String, Settlement> e : given.entrySet()) {
                settlementValues.put(Texts.required(e.getKey(), Texts.MAX_SHORT, "values key").trim()
                        .toUpperCase(Locale.ROOT), e.getValue());
            }
            return this;
        }

        /**
         * Sets the order of the lines in the file.
         *
         * @param value the order, not null
         * @return this builder
         * @throws LedgerException if {@code value} is null
         */
        public Builder order(LineOrder value) {
            this.order = LedgerException.notNull(value, "order");
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws LedgerException if the date, amount or description column is missing, or a column is named in a
         *     profile without a header (or found by position in one with a header)
         */
        public StatementProfile build() {
            if (date == null) {
                throw new LedgerException("date", "a date column", null);
            }
            if (amount == null && paidOut == null) {
                throw new LedgerException("amount", "an amount column or paid-out and paid-in columns", null);
            }
            if (description.isEmpty()) {
                throw new LedgerException("description", "at least one description column", null);
            }
            StatementProfile profile = new StatementProfile(this);
            for (Map.Entry<String, Column> e : profile.columns().entrySet()) {
                boolean named = e.getValue().name() != null;
                if (named != header) {
                    throw new LedgerException(e.getKey(), header ? "a column named in the header"
                            : "a column found by position (the file has no header)", e.getValue());
                }
            }
            return profile;
        }
    }
}
