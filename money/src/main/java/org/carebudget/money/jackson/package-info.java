/**
 * Jackson support for the money module: {@link org.carebudget.money.jackson.MoneyJacksonModule}. Domain types
 * carry no Jackson annotations. Needs {@code jackson-databind} at run time, an optional dependency.
 */
package org.carebudget.money.jackson;
