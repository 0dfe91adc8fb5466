/**
 * The shared kernel of CareBudget: the module's exception type ({@link org.carebudget.core.InvalidValueException})
 * and the argument checks every module uses ({@link org.carebudget.core.Checks}). Sub-packages hold identifiers
 * ({@code id}), dates and UK time ({@code time}), the money boundary type ({@code money}), the effective-dated UK
 * figures ({@code figures}), the rule base ({@code rule}) and the Jackson module ({@code jackson}).
 *
 * <h2>Conventions every module follows</h2>
 * <ul>
 *   <li><b>Dates that end something are exclusive.</b> A range is half-open, {@code [start, end)}
 *       ({@link org.carebudget.core.time.DateRange}). A date that ends a validity or a deadline names the first day
 *       it no longer holds: training {@code lapsesOn} the first day it is not valid; insurance cover ends on the
 *       first day without cover; a finding's {@code actBefore} is the first day on which acting is late. A
 *       look-ahead of {@code n} days from {@code asOf} covers {@code [asOf, asOf + n)}.</li>
 *   <li><b>Supported dates.</b> Every date and instant given to a public method lies in
 *       {@link org.carebudget.core.time.SupportedDates} (1900-01-01 to 2200-12-31), or is refused.</li>
 *   <li><b>Money</b> is {@link org.carebudget.core.money.Gbp}, exact pence within ±£10 trillion; no sum
 *       overflows silently.</li>
 *   <li><b>Time</b> is {@code Europe/London}; a moment is an {@code Instant}; durations are elapsed time.</li>
 *   <li><b>Errors</b> are one exception type per module, a subclass of {@code InvalidValueException}, naming the
 *       field, the valid values and the value given (masked where personal, cut where long). A method that throws
 *       has changed nothing.</li>
 *   <li><b>Nullness</b> is declared with JSpecify: every module is {@code @NullMarked}; {@code @Nullable} marks
 *       where null is allowed.</li>
 * </ul>
 */
package org.carebudget.core;
