package org.carebudget.money.reconcile;

import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Text rules of the reconciliation package: bounds, masking for messages, and the normal form used to compare
 * references and names. Stateless and thread-safe.
 */
final class Texts {

    /** The longest description a statement line keeps. */
    static final int MAX_DESCRIPTION = 1000;
    /** The longest reference, counterparty, type or id. */
    static final int MAX_SHORT = 200;
    /** The most characters of a masked value shown in a message. */
    private static final int MAX_MASKED = 40;

    private Texts() {
    }

    /** A required text of at most {@code max} characters, not blank. */
    static String required(@Nullable String text, int max, String field) {
        return LedgerException.CHECKS.text(text, max, field);
    }

    /** An optional text: null stays null; otherwise at most {@code max} characters and not blank. */
    static @Nullable String optional(@Nullable String text, int max, String field) {
        return text == null ? null : LedgerException.CHECKS.text(text, max, field);
    }

    /** A text that may be empty but not null, at most {@code max} characters. */
    static String bounded(@Nullable String text, int max, String field) {
        return LedgerException.CHECKS.bounded(text, max, field);
    }

    /**
     * Masks personal text (a name in a transaction description) for a message or a {@code toString}: each word keeps
     * its first character, every other letter becomes {@code *} and every digit {@code #}; at most 40 characters are
     * shown, followed by the full length. Linear in the length of the text.
     */
    static String mask(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MASKED) + 24);
        boolean wordStart = true;
        int shown = Math.min(text.length(), MAX_MASKED);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(wordStart && Character.isLetter(c) ? c : Character.isDigit(c) ? '#' : '*');
                wordStart = false;
            } else {
                out.append(Character.isISOControl(c) ? '?' : c);
                wordStart = true;
            }
        }
        if (text.length() > MAX_MASKED) {
            out.append('…');
        }
        return '"' + out.toString() + "\" (" + text.length() + " characters)";
    }

    /**
     * Shows a value from a date or amount column in a message: digits and punctuation as given, each word's first
     * letter kept and the other letters masked (a name put in an amount column by mistake is not shown in full); at
     * most 40 characters.
     */
    static String showValue(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MASKED) + 24);
        boolean wordStart = true;
        int shown = Math.min(text.length(), MAX_MASKED);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(wordStart ? c : '*');
                wordStart = false;
            } else {
                out.append(Character.isISOControl(c) ? '?' : c);
                wordStart = !Character.isDigit(c);
            }
        }
        if (text.length() > MAX_MASKED) {
            out.append("…(").append(text.length()).append(" characters)");
        }
        return '"' + out.toString() + '"';
    }

    /**
     * The normal form used to compare references, names and descriptions: letters and digits only, upper case. Two
     * texts that differ only in spacing, punctuation or case have the same normal form.
     */
    static String normal(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }
}
