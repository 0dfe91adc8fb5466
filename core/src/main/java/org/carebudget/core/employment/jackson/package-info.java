/**
 * Jackson support for PA employment compliance: {@link org.carebudget.core.employment.jackson.EmploymentJacksonModule}
 * (mix-ins and named subtypes; the domain types carry no Jackson annotations). Jackson is an optional dependency.
 */
package org.carebudget.core.employment.jackson;
