/**
 * Training and competency expiry: a {@link org.carebudget.core.training.CompetencyCatalogue} of competencies and
 * delegated clinical tasks with refresh periods (defaults from UK-RULES.md, overridable per employer or funder) and,
 * for each kind of employer, the {@link org.carebudget.core.training.TrainingBasis} that requires them (law for a
 * registered provider; funder condition and good practice for a person employing a PA directly);
 * {@link org.carebudget.core.training.TrainingRecord}s; and a {@link org.carebudget.core.training.TrainingRegister}
 * that answers, as of a date, what has expired or expires soon, whether a PA is competent for a task for a person on
 * a date or through a shift, the cover per task of a package and the training plan; plus the
 * {@link org.carebudget.core.training.SupervisionSchedule}.
 *
 * <p>Dates follow the convention of {@code org.carebudget.core}: a date that ends something is exclusive. A
 * competency is valid on {@code [completedOn, lapsesOn)}; a plan item is late from its
 * {@link org.carebudget.core.training.PlanItem#bookBefore() bookBefore}; a supervision is overdue from its
 * {@link org.carebudget.core.training.Supervision#dueBefore() dueBefore}; a PA is competent on
 * {@code [from, until)} of a {@link org.carebudget.core.training.CompetentPeriod}. Every date and instant given
 * lies within {@link org.carebudget.core.time.SupportedDates}, or is refused.
 *
 * <p>Business outcomes (expired, missing, short of cover) are values; training plan items are
 * {@link org.carebudget.core.rule.CitedFinding}s with {@link org.carebudget.core.training.Urgency} as their severity.
 * {@link org.carebudget.core.InvalidValueException} is thrown only for invalid input, and nothing is recorded then.
 * Value types are immutable and thread-safe; builders are not thread-safe; the register is.
 */
package org.carebudget.core.training;
