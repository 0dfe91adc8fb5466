package org.carebudget.core.employment;

/** A DBS barred list an enhanced certificate may have been checked against. Thread-safe. */
public enum BarredList {
    /** The adults' barred list. */
    ADULTS,
    /** The children's barred list. */
    CHILDREN
}
