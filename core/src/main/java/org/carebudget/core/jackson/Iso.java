package org.carebudget.core.jackson;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.Masked;

/**
 * ISO-8601 parsing that reports failures as {@link InvalidValueException}. Each text's length is checked before it
 * is parsed, so parsing is linear and bounded. A date may be a date of birth, so an error shows the text with its
 * digits masked ({@link Masked#digits}), never the date itself. The ranges are java.time's: whether a date is
 * supported is for the type that holds it to check. Stateless and thread-safe.
 */
final class Iso {

    /** The longest ISO date java.time writes: {@code +999999999-12-31}. */
    static final int MAX_DATE = 16;
    /** The longest ISO date-time: a longest date, {@code T}, {@code 23:59:59.999999999}. */
    static final int MAX_DATE_TIME = 40;
    /** The longest ISO instant: a longest date-time with an offset. */
    static final int MAX_INSTANT = 48;
    /** The longest ISO duration read: 64 characters. */
    static final int MAX_DURATION = 64;

    private Iso() {
    }

    static LocalDate date(String text) {
        check(text, MAX_DATE, "date", "ISO-8601 yyyy-MM-dd");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValueException("date", "ISO-8601 yyyy-MM-dd", Masked.digits(text));
        }
    }

    static LocalDateTime dateTime(String text) {
        check(text, MAX_DATE_TIME, "dateTime", "ISO-8601 yyyy-MM-ddTHH:mm[:ss]");
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValueException("dateTime", "ISO-8601 yyyy-MM-ddTHH:mm[:ss]", Masked.digits(text));
        }
    }

    static Instant instant(String text) {
        check(text, MAX_INSTANT, "instant", "ISO-8601 instant such as 2026-04-01T09:00:00Z");
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValueException("instant", "ISO-8601 instant such as 2026-04-01T09:00:00Z",
                    Masked.digits(text));
        }
    }

    static Duration duration(String text) {
        Checks.CORE.bounded(text, MAX_DURATION, "duration");
        try {
            return Duration.parse(text);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException("duration", "ISO-8601 duration such as PT7H30M", text);
        }
    }

    private static void check(String text, int max, String field, String form) {
        Checks.CORE.notNull(text, field);
        if (text.length() > max) {
            throw new InvalidValueException(field, form + ", at most " + max + " characters", Masked.digits(text));
        }
    }
}
