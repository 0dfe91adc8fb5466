/**
 * Hours of care as values every module shares: minutes planned and delivered per care package, funder, personal
 * assistant and kind of hours ({@link org.carebudget.core.hours.HoursSummary}). Rostering produces them from rotas
 * and timesheets; {@code carebudget-money} costs, pays and reports them; neither depends on the other. Minutes are
 * elapsed {@code Europe/London} time, so the clock changes count. All types are immutable and thread-safe, except
 * the builder, which is thread-confined.
 */
package org.carebudget.core.hours;
