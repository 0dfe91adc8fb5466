/**
 * Jackson support for PA employment compliance and the UK figures:
 * {@link org.carebudget.core.employment.jackson.EmploymentJacksonModule} (named subtypes, no class names; final
 * classes read back through their factories; the domain types carry no Jackson annotations). Jackson is an optional
 * dependency.
 */
package org.carebudget.core.employment.jackson;
