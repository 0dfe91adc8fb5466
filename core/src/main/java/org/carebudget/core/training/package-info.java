/**
 * Training and competency expiry: a {@link org.carebudget.core.training.CompetencyCatalogue} of competencies and
 * delegated clinical tasks with refresh periods (defaults from UK-RULES.md, overridable per employer or funder),
 * {@link org.carebudget.core.training.TrainingRecord}s, and a {@link org.carebudget.core.training.TrainingRegister}
 * that answers, as of a date, what has expired or expires soon, whether a PA is competent for a task for a person
 * on a date, the cover per task of a package and the training plan; plus the
 * {@link org.carebudget.core.training.SupervisionSchedule}.
 *
 * <p>A competency is valid on {@code [completedOn, lapsesOn)}: through the day before it lapses. Business outcomes
 * (expired, missing, short of cover) are values; {@link org.carebudget.core.InvalidValueException} is thrown only
 * for invalid input, and nothing is recorded then. Value types are immutable and thread-safe; the register's
 * builder is not thread-safe, the register is.
 */
package org.carebudget.core.training;
