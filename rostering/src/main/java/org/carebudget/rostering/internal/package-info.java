/**
 * Internal helpers of {@code carebudget-rostering}: minute arithmetic, the UK day table and primitive columns. Not
 * exported by the module and not part of the API: the public types of this package may change in any release.
 */
package org.carebudget.rostering.internal;
