/**
 * The shared kernel of CareBudget: the module's exception type. Sub-packages hold identifiers
 * ({@code id}), dates and UK time ({@code time}), the money boundary type ({@code money}), the
 * effective-dated UK figures ({@code figures}) and the Jackson module ({@code jackson}).
 */
package org.carebudget.core;
