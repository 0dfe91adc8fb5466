/**
 * Budget ledgers with ring-fenced funds per funder.
 */
package org.carebudget.money;
