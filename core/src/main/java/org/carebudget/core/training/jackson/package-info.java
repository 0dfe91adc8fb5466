/**
 * Jackson support for the training types: {@link org.carebudget.core.training.jackson.TrainingJacksonModule},
 * found by {@code ObjectMapper.findAndRegisterModules()}. Domain types carry no Jackson annotations; this package
 * holds the mix-ins. Needs {@code jackson-databind} at run time, an optional dependency.
 */
package org.carebudget.core.training.jackson;
