/**
 * Identifiers: the NHS number and National Insurance number with their check rules (masked in
 * {@code toString}), and opaque caller-chosen ids for people, care packages, personal assistants,
 * employers and funders. All are immutable and thread-safe.
 */
package org.carebudget.core.id;
