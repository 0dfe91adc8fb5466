package org.carebudget.money.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;

/** Writes a return's CSV lines: fixed columns, RFC 4180 quoting, no locale. Stateless and thread-safe. */
final class ReturnsCsv {

    static final String HEADER = "care_package,funder,period_start,period_end,known_through,figure,category,"
            + "reference,reasons,value,unit";

    private ReturnsCsv() {
    }

    static void lines(PeriodReturn r, List<String> into) {
        String prefix = field(r.carePackage().value()) + "," + field(r.funder().value()) + "," + r.period().start()
                + "," + r.periodEnd() + "," + r.knownThrough() + ",";
        money(into, prefix, "opening_balance", "", r.openingBalance());
        money(into, prefix, "receipts", "", r.receipts());
        for (Map.Entry<SpendCategory, Gbp> e : r.spendByCategory().entrySet()) {
            money(into, prefix, "spend", e.getKey().name(), e.getValue());
        }
        money(into, prefix, "spend_total", "", r.spend());
        for (Map.Entry<SpendCategory, Gbp> e : r.refundsByCategory().entrySet()) {
            money(into, prefix, "refund", e.getKey().name(), e.getValue());
        }
        money(into, prefix, "refunds_total", "", r.refunds());
        money(into, prefix, "reversals_in", "", r.reversalsIn());
        money(into, prefix, "reversals_out", "", r.reversalsOut());
        money(into, prefix, "returns_to_funder", "", r.returnsToFunder());
        money(into, prefix, "clawbacks", "", r.clawbacks());
        for (PriorPeriodAdjustment a : r.priorPeriodAdjustments()) {
            SpendCategory category = a.purpose().category();
            into.add(prefix + "prior_period_adjustment," + (category == null ? "" : field(category.name())) + ","
                    + field(a.transferId().toString()) + "," + field(a.purpose().kind().name() + " " + a.kind()
                    + " dated " + a.date()) + "," + pounds(a.amount()) + ",GBP");
        }
        money(into, prefix, "prior_period_adjustments_in", "", r.priorPeriodAdjustmentsIn());
        money(into, prefix, "prior_period_adjustments_out", "", r.priorPeriodAdjustmentsOut());
        money(into, prefix, "money_in", "", r.moneyIn());
        money(into, prefix, "money_out", "", r.moneyOut());
        money(into, prefix, "closing_balance", "", r.closingBalance());
        for (HeldSpend h : r.heldSpends()) {
            into.add(prefix + "held_spend," + field(h.category().name()) + "," + field(h.holdId().toString()) + ","
                    + field(String.join(" ", h.ruleIds())) + "," + pounds(h.amount()) + ",GBP");
        }
        money(into, prefix, "held_total", "", r.heldTotal());
        Gbp contingency = r.contingency();
        Gbp surplus = r.surplus();
        if (contingency != null && surplus != null) {
            money(into, prefix, "contingency", "", contingency);
            money(into, prefix, "surplus", "", surplus);
        }
        HoursSummary hours = r.hours();
        if (hours != null) {
            for (HoursKind kind : HoursKind.values()) {
                long[] minutes = r.minutes(kind);
                if (minutes[0] != 0 || minutes[1] != 0) {
                    into.add(prefix + "hours_budgeted," + kind.name() + ",,," + minutes[0] + ",minutes");
                    into.add(prefix + "hours_used," + kind.name() + ",,," + minutes[1] + ",minutes");
                }
            }
            into.add(prefix + "hours_budgeted,,,," + hours.plannedMinutes() + ",minutes");
            into.add(prefix + "hours_used,,,," + hours.deliveredMinutes() + ",minutes");
        }
    }

    private static void money(List<String> into, String prefix, String figure, String category, Gbp amount) {
        into.add(prefix + figure + "," + field(category) + ",,," + pounds(amount) + ",GBP");
    }

    /** Pounds with two decimals and a minus sign: no grouping, no currency sign, no locale. */
    static String pounds(Gbp amount) {
        return BigDecimal.valueOf(amount.pence(), 2).toPlainString();
    }

    /** Quotes a field as RFC 4180 says: when it holds a comma, a double quote, CR or LF; quotes are doubled. */
    static String field(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
