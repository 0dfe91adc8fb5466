package org.carebudget.core.jackson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.carebudget.core.InvalidValueException;

/** ISO-8601 parsing that reports failures as {@link InvalidValueException}. Stateless and thread-safe. */
final class Iso {

    private Iso() {
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "ISO-8601 yyyy-MM-dd", text);
        }
    }

    static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("dateTime", "ISO-8601 yyyy-MM-ddTHH:mm[:ss]", text);
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("instant", "ISO-8601 instant such as 2026-04-01T09:00:00Z", text);
        }
    }

    static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("duration", "ISO-8601 duration such as PT7H30M", text);
        }
    }
}
