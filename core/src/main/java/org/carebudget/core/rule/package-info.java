/**
 * What every CareBudget rule has in common, whatever it checks: an id, a plain-English description, a severity, the
 * law or policy it cites ({@link org.carebudget.core.figures.Source}) and the dates it is in force. Employment
 * compliance rules and spend-policy rules build on {@link org.carebudget.core.rule.CitedRule}; a module with rules
 * of its own does the same. All types are immutable and thread-safe.
 */
package org.carebudget.core.rule;
