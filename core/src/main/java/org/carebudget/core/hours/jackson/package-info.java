/**
 * Jackson support for the hours value: {@link org.carebudget.core.hours.jackson.HoursJacksonModule}. Needs
 * {@code jackson-databind} at run time, an optional dependency.
 */
package org.carebudget.core.hours.jackson;
