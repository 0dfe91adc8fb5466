/**
 * Support-plan costing: employer costs of a personal assistant, with every figure from {@code core}'s employment
 * functions (employer National Insurance, automatic-enrolment pension, minimum wage), never a second copy of them.
 */
package org.carebudget.money.costing;
