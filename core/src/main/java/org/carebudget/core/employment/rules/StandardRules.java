package org.carebudget.core.employment.rules;

import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceRule;
import org.carebudget.core.employment.RuleSet;
import org.carebudget.core.figures.UkFigures;

/**
 * The standard PA employment compliance rules, in the order their findings are reported. Stateless and thread-safe.
 */
public final class StandardRules {

    private StandardRules() {
    }

    /**
     * Returns the standard rules with the standard figures, a DBS recheck policy of a new certificate every 3 years or
     * an Update Service check every year, and the standard funder conditions.
     *
     * @return the rule set, not null
     */
    public static RuleSet ruleSet() {
        return ruleSet(UkFigures.standard(), DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK);
    }

    /**
     * Returns the standard rules with given figures and DBS recheck policy, and the standard funder conditions.
     *
     * @param figures the UK figures, not null
     * @param dbsPolicy the DBS recheck policy, not null
     * @return the rule set, not null
     * @throws InvalidValueException if an argument is null
     */
    public static RuleSet ruleSet(UkFigures figures, DbsRecheckPolicy dbsPolicy) {
        return ruleSet(figures, dbsPolicy, FunderConditions.STANDARD);
    }

    /**
     * Returns the standard rules with given figures, DBS recheck policy and funder conditions.
     *
     * @param figures the UK figures, not null
     * @param dbsPolicy the DBS recheck policy, not null
     * @param conditions how seriously the funder treats its conditions (DBS, insurance), not null
     * @return the rule set, not null
     * @throws InvalidValueException if an argument is null
     */
    public static RuleSet ruleSet(UkFigures figures, DbsRecheckPolicy dbsPolicy, FunderConditions conditions) {
        return RuleSet.of(figures, rules(dbsPolicy, conditions));
    }

    /**
     * Returns the standard rules with the standard funder conditions.
     *
     * @param dbsPolicy the DBS recheck policy, not null
     * @return the rules, unmodifiable, not null
     * @throws InvalidValueException if {@code dbsPolicy} is null
     */
    public static List<ComplianceRule> rules(DbsRecheckPolicy dbsPolicy) {
        return rules(dbsPolicy, FunderConditions.STANDARD);
    }

    /**
     * Returns the standard rules.
     *
     * @param dbsPolicy the DBS recheck policy, not null
     * @param conditions how seriously the funder treats its conditions, not null
     * @return the rules, unmodifiable, not null
     * @throws InvalidValueException if an argument is null
     */
    public static List<ComplianceRule> rules(DbsRecheckPolicy dbsPolicy, FunderConditions conditions) {
        Checks.CORE.notNull(dbsPolicy, "dbsPolicy");
        Checks.CORE.notNull(conditions, "conditions");
        return List.of(new RightToWorkBeforeFirstDay(), new RightToWorkFollowUp(), new DbsEnhancedCheck(conditions),
                new DbsRecheck(dbsPolicy), new EmployersLiabilityCover(conditions), new WrittenStatementByFirstDay(),
                new WrittenStatementTradeUnionRight(), new FamilyMemberApproval(), new MinimumWageRule(),
                new ContractRates(), new RegularHoursHoliday(), new IrregularHoursHoliday(),
                new RolledUpHolidayPayAllowed(), new HolidayRecordsKept(), new PensionAutoEnrolment(),
                new PayeRegistrationRule(), new EmployerNationalInsurance(), new StatutorySickPay(),
                new WorkingTimeOptOutRule());
    }
}
