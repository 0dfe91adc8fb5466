package org.carebudget.core.id;

/**
 * Opaque identifier of a person who holds a budget or receives care, chosen by the caller (a database key, a UUID).
 *
 * <p>Validation reads at most 64 characters, whatever the length given. {@code toString} returns the value itself, so {@code PersonId.of(id.toString())} equals {@code id}.
 * Immutable and thread-safe.
 *
 * @param value the identifier; 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
 */
public record PersonId(String value) {

    /**
     * Validates the identifier.
     *
     * @param value the identifier; 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
     * @throws org.carebudget.core.InvalidValueException if {@code value} is null or not of the form above
     */
    public PersonId {
        OpaqueIds.check(value, "personId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier, not null, of the form described on the type
     * @return the identifier, not null
     * @throws org.carebudget.core.InvalidValueException if {@code value} is null or malformed
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
