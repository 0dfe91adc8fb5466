package org.carebudget.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How personal data is shown in a message: masked, so that an exception, a log line or a {@code toString} never
 * carries it in full. Give the result to {@link InvalidValueException} (or a module's subclass) as the value given:
 * <pre>{@code
 * throw Checks.CORE.invalid("name", "1 - 200 characters", Masked.text(name));      // "(text of 250 characters)"
 * throw Checks.CORE.invalid("dateOfBirth", "before asOf", Masked.dateOfBirth(dob)); // "****-**-**"
 * }</pre>
 *
 * <ul>
 *   <li>{@link #text}: free personal text (a name, an address, a note) is shown only as its length, never a
 *       letter of it.</li>
 *   <li>{@link #dateOfBirth}: a date of birth as {@code ****-**-**}.</li>
 *   <li>{@link #digits}: a text whose digits may be personal (an unparsable date or time) with every digit
 *       replaced by {@code *}, so its shape still helps the reader ({@code 1980-02-30} as {@code ****-**-**}).</li>
 *   <li>{@link #nhsNumber} and {@link #nationalInsuranceNumber}: as {@code NhsNumber} and
 *       {@code NationalInsuranceNumber} mask themselves, {@code *** *** *919} and {@code ** ** ** *6 C}.</li>
 * </ul>
 * Every result is at most about {@value InvalidValueException#MAX_SHOWN} characters, whatever the input's length,
 * and costs time linear in at most that many characters. Null is shown as {@code null}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Masked {

    private Masked() {
    }

    /**
     * Shows free personal text only as its length.
     *
     * @param text the text; may be null
     * @return {@code (text of N characters)}, or {@code null}; never a character of {@code text}
     */
    public static String text(@Nullable CharSequence text) {
        return text == null ? "null" : "(text of " + text.length() + " characters)";
    }

    /**
     * Shows a date of birth without its day, month or year.
     *
     * @param dateOfBirth the date; may be null
     * @return {@code ****-**-**}, or {@code null}
     */
    public static String dateOfBirth(@Nullable LocalDate dateOfBirth) {
        return dateOfBirth == null ? "null" : "****-**-**";
    }

    /**
     * Shows a text with every digit replaced by {@code *}, cut to {@value InvalidValueException#MAX_SHOWN}
     * characters with its length noted when longer.
     *
     * @param text the text; may be null
     * @return the masked text, or {@code null}
     */
    public static String digits(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), InvalidValueException.MAX_SHOWN);
        StringBuilder out = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            out.append(Character.isDigit(c) ? '*' : c);
        }
        if (shown < text.length()) {
            out.append("…(").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * Shows an NHS number, valid or not, with at most its last three digits: {@code *** *** *919}.
     *
     * @param text the number as given; may be null
     * @return the masked number, or {@code null}
     */
    public static String nhsNumber(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        if (length > 32) {
            return "(text of " + length + " characters)";
        }
        String digits = text.toString().replace(" ", "");
        int shown = Math.min(3, digits.length() / 3);
        return "*** *** *" + digits.substring(digits.length() - shown);
    }

    /**
     * Shows a National Insurance number, valid or not, with at most its last digit and suffix: {@code ** ** ** *6 C}.
     *
     * @param text the number as given; may be null
     * @return the masked number, or {@code null}
     */
    public static String nationalInsuranceNumber(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        if (length > 32) {
            return "(text of " + length + " characters)";
        }
        String v = text.toString().replace(" ", "");
        if (v.length() < 3) {
            return "*".repeat(v.length());
        }
        return "** ** ** *" + v.charAt(v.length() - 2) + " " + v.charAt(v.length() - 1);
    }
}
