package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * How often a competency must be refreshed: every so many months, once only (the Care Certificate), or at the
 * interval a delegating clinician sets for each sign-off, optionally capped (epilepsy rescue medication: at most
 * 24 months).
 *
 * <p>Text forms, which {@link #parse} reads back: {@code every 12 months}, {@code once},
 * {@code set by clinician}, {@code set by clinician, at most 24 months}. Immutable and thread-safe.
 */
public final class RefreshPeriod {

    /** The longest period accepted, in months (ten years). */
    public static final int MAX_MONTHS = 120;

    /** The longest text form {@link #parse} reads, in characters. */
    public static final int MAX_TEXT_LENGTH = 64;

    private static final String FORMS = "every N months, once, set by clinician, set by clinician, at most N months";
    private static final Pattern EVERY = Pattern.compile("every (\\d{1,3}) months?");
    private static final Pattern CAPPED = Pattern.compile("set by clinician, at most (\\d{1,3}) months?");
    private static final RefreshPeriod ONCE = new RefreshPeriod(Kind.ONCE, 0);
    private static final RefreshPeriod BY_CLINICIAN = new RefreshPeriod(Kind.CLINICIAN, 0);

    /** The three kinds of period. */
    private enum Kind { EVERY, ONCE, CLINICIAN }

    private final Kind kind;
    /** For EVERY, the period; for CLINICIAN, the cap or 0 for none; 0 for ONCE. */
    private final int months;

    private RefreshPeriod(Kind kind, int months) {
        this.kind = kind;
        this.months = months;
    }

    /**
     * Returns a period of whole months.
     *
     * @param months the months, 1 to {@value #MAX_MONTHS}
     * @return the period, not null
     * @throws InvalidValueException if {@code months} is out of range (a period of zero is rejected)
     */
    public static RefreshPeriod everyMonths(int months) {
        Checks.CORE.inRange(months, 1, MAX_MONTHS, "refreshMonths");
        return new RefreshPeriod(Kind.EVERY, months);
    }

    /**
     * Returns the period of a competency completed once and never refreshed.
     *
     * @return the period, not null
     */
    public static RefreshPeriod once() {
        return ONCE;
    }

    /**
     * Returns the period of a delegated clinical task reassessed at whatever interval the clinician sets.
     *
     * @return the period, not null
     */
    public static RefreshPeriod setByClinician() {
        return BY_CLINICIAN;
    }

    /**
     * Returns the period of a delegated clinical task reassessed at the clinician's interval, which may not
     * exceed a cap.
     *
     * @param maxMonths the longest interval a clinician may set, 1 to {@value #MAX_MONTHS}
     * @return the period, not null
     * @throws InvalidValueException if {@code maxMonths} is out of range
     */
    public static RefreshPeriod setByClinician(int maxMonths) {
        Checks.CORE.inRange(maxMonths, 1, MAX_MONTHS, "maxReassessmentMonths");
        return new RefreshPeriod(Kind.CLINICIAN, maxMonths);
    }

    /**
     * Parses the text form.
     *
     * @param text the text, not null, at most {@value #MAX_TEXT_LENGTH} characters, one of the forms described on
     *     the type
     * @return the period, not null
     * @throws InvalidValueException if the text is null, too long or malformed, or a month count is out of range
     */
    public static RefreshPeriod parse(String text) {
        String form = Checks.CORE.bounded(text, MAX_TEXT_LENGTH, "refreshPeriod");
        if (form.equals("once")) {
            return ONCE;
        }
        if (form.equals("set by clinician")) {
            return BY_CLINICIAN;
        }
        Matcher every = EVERY.matcher(form);
        if (every.matches()) {
            return everyMonths(Integer.parseInt(every.group(1)));
        }
        Matcher capped = CAPPED.matcher(form);
        if (capped.matches()) {
            return setByClinician(Integer.parseInt(capped.group(1)));
        }
        throw Checks.CORE.invalid("refreshPeriod", FORMS, '"' + form + '"');
    }

    /**
     * Returns whether the interval is set by the delegating clinician for each sign-off.
     *
     * @return true for {@link #setByClinician()} and {@link #setByClinician(int)}
     */
    public boolean isSetByClinician() {
        return kind == Kind.CLINICIAN;
    }

    /**
     * Returns whether the competency is completed once and never lapses.
     *
     * @return true for {@link #once()}
     */
    public boolean isOnce() {
        return kind == Kind.ONCE;
    }

    /**
     * Returns the fixed period in months, for a period of whole months.
     *
     * @return the months (1 to {@value #MAX_MONTHS}), or empty when once or set by the clinician
     */
    public OptionalInt months() {
        return kind == Kind.EVERY ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /**
     * Returns the longest interval a clinician may set, for a capped clinician-set period.
     *
     * @return the cap in months, or empty when there is none or the period is not set by a clinician
     */
    public OptionalInt maxMonths() {
        return kind == Kind.CLINICIAN && months > 0 ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /**
     * Returns the first day on which a competency completed on {@code completedOn} is no longer valid, for a
     * period of whole months: {@code completedOn} plus the months (the end of the month when the day does not
     * exist). A competency is valid on the dates {@code [completedOn, expiry)}: through the day before this date.
     *
     * @param completedOn the completion date, not null, within {@link SupportedDates}
     * @return the expiry date (at most {@value #MAX_MONTHS} months after {@link SupportedDates#LAST}), or empty when
     *     the period is once or set by the clinician
     * @throws InvalidValueException if {@code completedOn} is null or outside the supported dates
     */
    public Optional<LocalDate> expiryAfter(LocalDate completedOn) {
        Checks.CORE.date(completedOn, "completedOn");
        return kind == Kind.EVERY ? Optional.of(completedOn.plusMonths(months)) : Optional.empty();
    }

    /**
     * Returns the stricter of two periods of the same kind family: the shorter fixed period, or the lower
     * clinician cap. A fixed period is stricter than once.
     *
     * @param other the other period, not null
     * @return the stricter period, not null
     * @throws InvalidValueException if {@code other} is null
     */
    public RefreshPeriod stricter(RefreshPeriod other) {
        Checks.CORE.notNull(other, "other");
        return rank() <= other.rank() ? this : other;
    }

    private long rank() {
        return switch (kind) {
            case ONCE -> Long.MAX_VALUE;
            case EVERY -> months;
            case CLINICIAN -> months == 0 ? Long.MAX_VALUE - 1 : months;
        };
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RefreshPeriod that && that.kind == kind && that.months == months;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + months;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ONCE -> "once";
            case EVERY -> "every " + months + (months == 1 ? " month" : " months");
            case CLINICIAN -> months == 0 ? "set by clinician"
                    : "set by clinician, at most " + months + (months == 1 ? " month" : " months");
        };
    }
}
