/**
 * Jackson support for the rostering module: {@link org.carebudget.rostering.jackson.RosteringJacksonModule}. Domain
 * types carry no Jackson annotations. Needs {@code jackson-databind} at run time, an optional dependency.
 */
package org.carebudget.rostering.jackson;
