/**
 * The jollyday-backed {@link org.carebudget.rostering.BankHolidays}
 * ({@link org.carebudget.rostering.holidays.JollydayBankHolidays}): needs the optional jollyday dependencies at run
 * time. Callers who supply their own dates use {@link org.carebudget.rostering.BankHolidays#of} and need neither.
 */
package org.carebudget.rostering.holidays;
