/**
 * Dates and UK time: half-open date ranges, UK tax years (6 April to 5 April), pay reference periods and
 * {@code Europe/London} elapsed time across clock changes. All types are immutable and thread-safe.
 */
package org.carebudget.core.time;
