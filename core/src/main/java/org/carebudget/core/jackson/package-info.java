/**
 * Jackson support: {@link org.carebudget.core.jackson.CoreJacksonModule} reads and writes the kernel's value
 * types, and {@link org.carebudget.core.jackson.TextValueModule} is the base the other modules' Jackson modules
 * build on. Domain types carry no Jackson annotations. Needs {@code jackson-databind} at run time, an optional
 * dependency of this module.
 */
package org.carebudget.core.jackson;
