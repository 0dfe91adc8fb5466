/**
 * Money: {@link org.carebudget.core.money.Gbp}, an exact amount of pounds sterling held as whole pence in a
 * {@code long}, convertible to and from JSR-354 {@code MonetaryAmount} at the API boundary, and
 * {@link org.carebudget.core.money.Allocation}, which splits an amount by ratios without losing a penny.
 */
package org.carebudget.core.money;
