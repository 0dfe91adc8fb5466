package org.carebudget.money.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * A spend still held for the funder's review at the end of a return's period: its transfer id, category, amount,
 * date, the first day it can no longer be approved, and the ids of the rules that held it (read from the hold's user
 * data, never from text). Immutable and thread-safe.
 */
public final class HeldSpend {

    private final TransferId holdId;
    private final SpendCategory category;
    private final Gbp amount;
    private final LocalDate date;
    private final @Nullable LocalDate expiresOn;
    private final List<String> ruleIds;

    private HeldSpend(TransferId holdId, SpendCategory category, Gbp amount, LocalDate date,
            @Nullable LocalDate expiresOn, List<String> ruleIds) {
        this.holdId = holdId;
        this.category = category;
        this.amount = amount;
        this.date = date;
        this.expiresOn = expiresOn;
        this.ruleIds = ruleIds;
    }

    static HeldSpend of(TransferId holdId, SpendCategory category, Gbp amount, LocalDate date,
            @Nullable LocalDate expiresOn, List<String> ruleIds) {
        return new HeldSpend(holdId, category, amount, date, expiresOn, List.copyOf(ruleIds));
    }

    /**
     * Returns the held spend's transfer id.
     *
     * @return the id, not null
     */
    public TransferId holdId() {
        return holdId;
    }

    /**
     * Returns the category of the spend.
     *
     * @return the category, not null
     */
    public SpendCategory category() {
        return category;
    }

    /**
     * Returns the amount held (reserved in the funder's stream).
     *
     * @return the amount, positive, not null
     */
    public Gbp amount() {
        return amount;
    }

    /**
     * Returns the date of the held spend.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the first day the hold can no longer be approved (exclusive, the core date convention).
     *
     * @return the date; null when the hold does not expire
     */
    public @Nullable LocalDate expiresOn() {
        return expiresOn;
    }

    /**
     * Returns the ids of the rules that held the spend, in the order the budget first met them.
     *
     * @return the rule ids, not null, at least one, unmodifiable
     */
    public List<String> ruleIds() {
        return ruleIds;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HeldSpend h && h.holdId.equals(holdId) && h.category.equals(category)
                && h.amount.equals(amount) && h.date.equals(date) && Objects.equals(h.expiresOn, expiresOn)
                && h.ruleIds.equals(ruleIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holdId, category, amount, date, expiresOn, ruleIds);
    }

    /**
     * Returns {@code held <id> <category> <amount> on <date> (<rule ids>)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "held " + holdId + " " + category + " " + amount + " on " + date + " " + ruleIds;
    }
}
