package org.carebudget.money.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carebudget.money.LedgerException;

/**
 * The built-in statement profiles for the common UK banks and for a council prepaid (direct-payment) card, and
 * lookup by name. Each is plain data ({@link StatementProfile}); a vendor adds another bank with
 * {@link StatementProfile#builder}. Dates are {@code dd/MM/uuuu} unless said. The column shapes come from public
 * parser fixtures of UK bank downloads (see each profile). Thread-safe.
 */
public final class StatementProfiles {

    /**
     * Barclays (classic download): {@code Number,Date,Account,Amount,Subcategory,Memo}; one signed amount, no
     * balance; the memo is the description and the subcategory the type.
     */
    public static final StatementProfile BARCLAYS = StatementProfile.builder("barclays")
            .date(Column.named("Date"), DateForm.DAY_MONTH_YEAR)
            .amount(Column.named("Amount"), AmountSign.PAID_IN_POSITIVE)
            .description(Column.named("Memo")).type(Column.named("Subcategory")).build();

    /**
     * Barclays (newer download): {@code Date,Description,Money Out,Money In,Balance}; dates {@code dd/MM/uuuu} or
     * {@code dd-MMM-uuuu}.
     */
    public static final StatementProfile BARCLAYS_MONEY_OUT_IN = StatementProfile.builder("barclays-money-out-in")
            .date(Column.named("Date"), DateForm.DAY_MONTH_YEAR, DateForm.pattern("dd-MMM-uuuu"))
            .paidOutAndIn(Column.named("Money Out"), Column.named("Money In"))
            .description(Column.named("Description")).balance(Column.named("Balance")).build();

    /**
     * Lloyds: {@code Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,
     * Credit Amount,Balance}.
     */
    public static final StatementProfile LLOYDS = StatementProfile.builder("lloyds")
            .date(Column.named("Transaction Date"), DateForm.DAY_MONTH_YEAR)
            .paidOutAndIn(Column.named("Debit Amount"), Column.named("Credit Amount"))
            .description(Column.named("Transaction Description")).type(Column.named("Transaction Type"))
            .balance(Column.named("Balance")).build();

    /** NatWest: {@code Date,Type,Description,Value,Balance,Account Name,Account Number}; a blank first line is skipped. */
    public static final StatementProfile NATWEST = StatementProfile.builder("natwest")
            .date(Column.named("Date"), DateForm.DAY_MONTH_YEAR, DateForm.DAY_MONTH_NAME_YEAR)
            .amount(Column.named("Value"), AmountSign.PAID_IN_POSITIVE)
            .description(Column.named("Description")).type(Column.named("Type"))
            .balance(Column.named("Balance")).build();

    /**
     * Nationwide: up to 4 preamble lines (account name, account balance, available balance, a blank line), then
     * {@code Date,Transaction type,Description,Paid out,Paid in,Balance}; amounts as {@code £1,234.56}; dates
     * {@code 06 Apr 2026}, {@code 06 April 2026} (older downloads) or {@code dd/MM/uuuu}; oldest line first.
     */
    public static final StatementProfile NATIONWIDE = StatementProfile.builder("nationwide").preamble(4)
            .date(Column.named("Date"), DateForm.DAY_MONTH_NAME_YEAR, DateForm.pattern("dd MMMM uuuu"),
                    DateForm.DAY_MONTH_YEAR)
            .paidOutAndIn(Column.named("Paid out"), Column.named("Paid in"))
            .description(Column.named("Description")).type(Column.named("Transaction type"))
            .balance(Column.named("Balance")).order(LineOrder.OLDEST_FIRST).build();

    /**
     * Monzo: {@code Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,...,Notes and #tags,...,
     * Description,...}; the transaction id is the fingerprint; the currency must be GBP; name and description are the
     * description; oldest line first.
     */
    public static final StatementProfile MONZO = StatementProfile.builder("monzo")
            .date(Column.named("Date"), DateForm.DAY_MONTH_YEAR)
            .amount(Column.named("Amount"), AmountSign.PAID_IN_POSITIVE)
            .description(Column.named("Name")).description(Column.named("Description"))
            .type(Column.named("Type")).transactionId(Column.named("Transaction ID"))
            .currency(Column.named("Currency")).order(LineOrder.OLDEST_FIRST).build();

    /**
     * Starling: {@code Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes}; the
     * counter party is the description; oldest line first.
     */
    public static final StatementProfile STARLING = StatementProfile.builder("starling")
            .date(Column.named("Date"), DateForm.DAY_MONTH_YEAR)
            .amount(Column.named("Amount (GBP)"), AmountSign.PAID_IN_POSITIVE)
            .description(Column.named("Counter Party")).reference(Column.named("Reference"))
            .type(Column.named("Type")).balance(Column.named("Balance (GBP)"))
            .order(LineOrder.OLDEST_FIRST).build();

    /** HSBC (transaction history download): no header; {@code date,description,amount}, one signed amount. */
    public static final StatementProfile HSBC = StatementProfile.builder("hsbc").noHeader()
            .date(Column.at(0), DateForm.DAY_MONTH_YEAR)
            .description(Column.at(1))
            .amount(Column.at(2), AmountSign.PAID_IN_POSITIVE).build();

    /**
     * A council prepaid (direct-payment) card account: {@code Transaction ID,Timestamp (UTC),Entry Type,Merchant,
     * MCC,Amount,Currency,Actual Balance,Blocked Balance,Available Balance,Reference}; dated in UK time from the UTC
     * timestamp; the entry type keeps authorisations (and their reversals) pending, apart from settled loads,
     * purchases, refunds, chargebacks and fees; the actual balance is the running balance.
     */
    public static final StatementProfile PREPAID_CARD = StatementProfile.builder("prepaid-card")
            .date(Column.named("Timestamp (UTC)"), DateForm.UTC_TIMESTAMP)
            .amount(Column.named("Amount"), AmountSign.PAID_IN_POSITIVE)
            .description(Column.named("Merchant")).reference(Column.named("Reference"))
            .type(Column.named("Entry Type")).transactionId(Column.named("Transaction ID"))
            .currency(Column.named("Currency")).balance(Column.named("Actual Balance"))
            .settlement(Column.named("Entry Type"), prepaidEntryTypes()).order(LineOrder.OLDEST_FIRST).build();

    private static final Map<String, StatementProfile> BY_NAME = index(BARCLAYS, BARCLAYS_MONEY_OUT_IN, LLOYDS,
            NATWEST, NATIONWIDE, MONZO, STARLING, HSBC, PREPAID_CARD);

    private StatementProfiles() {
    }

    private static Map<String, Settlement> prepaidEntryTypes() {
        Map<String, Settlement> types = new LinkedHashMap<>();
        types.put("AUTHORISATION", Settlement.PENDING);
        types.put("AUTHORISATION REVERSAL", Settlement.PENDING);
        types.put("SETTLEMENT", Settlement.SETTLED);
        types.put("LOAD", Settlement.SETTLED);
        types.put("UNLOAD", Settlement.SETTLED);
        types.put("REFUND", Settlement.SETTLED);
        types.put("CHARGEBACK", Settlement.SETTLED);
        types.put("FEE", Settlement.SETTLED);
        return types;
    }

    private static Map<String, StatementProfile> index(StatementProfile... profiles) {
        Map<String, StatementProfile> map = new LinkedHashMap<>();
        for (StatementProfile profile : profiles) {
            map.put(profile.name(), profile);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the built-in profile with a name, ignoring case.
     *
     * @param name the name, such as {@code nationwide}, not null, at most 200 characters
     * @return the profile, not null
     * @throws LedgerException if the name is null, too long or not a built-in profile (the message lists them)
     */
    public static StatementProfile named(String name) {
        LedgerException.CHECKS.bounded(name, Texts.MAX_SHORT, "profile");
        StatementProfile profile = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw new LedgerException("profile", "one of " + String.join(", ", BY_NAME.keySet()), name);
        }
        return profile;
    }

    /**
     * Returns every built-in profile, in a fixed order.
     *
     * @return the profiles, unmodifiable, not null
     */
    public static List<StatementProfile> all() {
        return List.copyOf(BY_NAME.values());
    }
}
