package org.carebudget.money.policy;

import java.time.LocalDate;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/** The sources the built-in spend rules implement, from UK-RULES.md and the seed documents. Thread-safe. */
final class Sources {

    /** From 1 April 2015, when Part 1 of the Care Act 2014 (direct payments) came into force. */
    static final DateRange CARE_ACT = DateRange.startingOn(LocalDate.of(2015, 4, 1));

    static final Source CARE_PLAN_ONLY = Source.of("NHS (Direct Payments) Regulations 2013 as amended 2017: payments "
            + "only for services in the care plan; reg. 15: repayment where money was spent outside the care plan",
            Status.CONFIRMED);

    static final Source FUNDER_REVIEW = Source.of("seed 000 (third-party managed account): funds belong to the "
            + "funding authority until spent appropriately; concerns are reported to the funder before funds release",
            Status.SECONDARY);

    static final Source TRANSACTION_MONITORING = Source.of("seed 004 (council direct payments strategy): robust "
            + "processes for monitoring transactions and one-off costs to employ PAs; pre-paid cards for auditing",
            Status.SECONDARY);

    private Sources() {
    }
}
