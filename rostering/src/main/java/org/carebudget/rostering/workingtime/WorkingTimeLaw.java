package org.carebudget.rostering.workingtime;

import java.util.Map;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Jurisdiction;
import org.carebudget.rostering.RosteringException;
import org.jspecify.annotations.Nullable;

/**
 * The working-time limits and where each comes from, per jurisdiction: the Working Time Regulations 1998 (SI
 * 1998/1833, as amended by SI 2002/3128 for young workers) in Great Britain and the Working Time Regulations
 * (Northern Ireland) 2016 (SR 2016/49), which set the same figures. Figures are statutory, not yearly: they live
 * here with their citations rather than in the April tables.
 *
 * <p>Status of each citation (as in {@code UK-RULES.md}): the text of GB regs. 4(1)-(6) (made), 19 (as amended, read
 * at legislation.gov.uk/uksi/1998/1833/part/III/2013-08-30, which includes 5A(1),(4) and 6A for domestic servants)
 * and NI regs. 2, 4, 13 and 23 was read on legislation.gov.uk (C); night time, the night-worker definition, the
 * young-worker restricted period 22:00 - 06:00 (23:00 - 07:00 by contract) and the 8-hour night average on GOV.UK
 * (gov.uk/night-working-hours, C); sleep-in time at the workplace as working time in HSE, The Working Time
 * Regulations 1998: guidance on the legislation, OC 1/6 appendix 4 (C); GB reg. 11's text through its identical NI
 * counterpart (reg. 13) and secondary sources (C2); the young-worker daily and weekly limits and their aggregation
 * across employers (reg. 5A) in secondary sources only (C2); the night average's divisor, days in the period less the
 * weekly rest days (reg. 6(5)), could not be confirmed (U); the NI regulation numbers other than 2, 4, 13 and 23 are
 * inferred from the cross-references in NI regs. 22-23 (U). Immutable and thread-safe.
 */
public final class WorkingTimeLaw {

    /** The reference period: 17 weeks, 119 days. */
    public static final int REFERENCE_DAYS = 17 * 7;

    /** Great Britain: SI 1998/1833. */
    public static final WorkingTimeLaw GREAT_BRITAIN = new WorkingTimeLaw(Jurisdiction.GREAT_BRITAIN, Map.of(
            WeeklyLimitRule.ID, Source.of("Working Time Regulations 1998 reg. 4(1)-(7) (48 hours averaged over 17 "
                    + "weeks; under 17 weeks employed, the time elapsed; (A + B) / C with excluded days made up), "
                    + "legislation.gov.uk/uksi/1998/1833/regulation/4", Status.CONFIRMED),
            NightLimitRule.ID, Source.of("Working Time Regulations 1998 reg. 6(1)-(5) and reg. 2 (night worker; night "
                    + "time 23:00-06:00), gov.uk/night-working-hours; divisor of reg. 6(5) not confirmed",
                    Status.UNCONFIRMED),
            YoungDailyLimitRule.ID, Source.of("Working Time Regulations 1998 reg. 5A(1)(a), (2) (inserted by SI "
                    + "2002/3128): 8 hours a day, hours for every employer added", Status.SECONDARY),
            YoungWeeklyLimitRule.ID, Source.of("Working Time Regulations 1998 reg. 5A(1)(b), (2) (inserted by SI "
                    + "2002/3128): 40 hours a week, hours for every employer added, no averaging, no opt-out",
                    Status.SECONDARY),
            YoungNightWorkRule.ID, Source.of("Working Time Regulations 1998 reg. 6A (restricted period 22:00-06:00, "
                    + "or 23:00-07:00 where the contract provides for work after 22:00), gov.uk/night-working-hours",
                    Status.CONFIRMED),
            DailyRestRule.ID, Source.of("Working Time Regulations 1998 reg. 10(1)-(2): 11 consecutive hours in each "
                    + "24-hour period, 12 for a young worker", Status.CONFIRMED),
            WeeklyRestRule.ID, Source.of("Working Time Regulations 1998 reg. 11(1)-(7): 24 hours in each 7 days (or "
                    + "2 x 24 or 48 hours in 14), 48 hours for a young worker, weeks from Monday 00:00, not including "
                    + "the daily rest", Status.SECONDARY),
            RestBreakRule.ID, Source.of("Working Time Regulations 1998 reg. 12(1), (3)-(5): 20 minutes when daily "
                    + "working time is over 6 hours, 30 minutes over 4.5 hours for a young worker", Status.CONFIRMED)),
            "reg. 19 (legislation.gov.uk/uksi/1998/1833/part/III/2013-08-30)");

    /** Northern Ireland: SR 2016/49. */
    public static final WorkingTimeLaw NORTHERN_IRELAND = new WorkingTimeLaw(Jurisdiction.NORTHERN_IRELAND, Map.of(
            WeeklyLimitRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 4, "
                    + "legislation.gov.uk/nisr/2016/49/regulation/4", Status.CONFIRMED),
            NightLimitRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 7 (numbering inferred "
                    + "from regs. 22-23) and reg. 2", Status.UNCONFIRMED),
            YoungDailyLimitRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 6 (numbering "
                    + "inferred from reg. 23)", Status.UNCONFIRMED),
            YoungWeeklyLimitRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 6 (numbering "
                    + "inferred from reg. 23)", Status.UNCONFIRMED),
            YoungNightWorkRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 8 (numbering "
                    + "inferred from reg. 23)", Status.UNCONFIRMED),
            DailyRestRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 12 (numbering inferred "
                    + "from regs. 13(7) and 22)", Status.UNCONFIRMED),
            WeeklyRestRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 13, "
                    + "legislation.gov.uk/nisr/2016/49/regulation/13", Status.CONFIRMED),
            RestBreakRule.ID, Source.of("Working Time Regulations (Northern Ireland) 2016 reg. 14 (numbering inferred "
                    + "from reg. 22)", Status.UNCONFIRMED)),
            "reg. 23 (legislation.gov.uk/nisr/2016/49/part/3/made)");

    /** The 48-hour weekly average, in minutes. */
    public static final int WEEKLY_AVERAGE_MINUTES = 48 * 60;
    /** A night worker's average per 24 hours, in minutes. */
    public static final int NIGHT_AVERAGE_MINUTES = 8 * 60;
    /** A young worker's day, in minutes. */
    public static final int YOUNG_DAY_MINUTES = 8 * 60;
    /** A young worker's week, in minutes. */
    public static final int YOUNG_WEEK_MINUTES = 40 * 60;
    /** An adult's daily rest, in minutes. */
    public static final int DAILY_REST_MINUTES = 11 * 60;
    /** A young worker's daily rest, in minutes. */
    public static final int YOUNG_DAILY_REST_MINUTES = 12 * 60;
    /** An adult's weekly rest, in minutes (on top of the daily rest unless it may include it). */
    public static final int WEEKLY_REST_MINUTES = 24 * 60;
    /** A young worker's weekly rest, in minutes. */
    public static final int YOUNG_WEEKLY_REST_MINUTES = 48 * 60;
    /** Daily working time above which an adult is entitled to a break, in minutes. */
    public static final int BREAK_AFTER_MINUTES = 6 * 60;
    /** An adult's rest break, in minutes. */
    public static final int BREAK_MINUTES = 20;
    /** Daily working time above which a young worker is entitled to a break, in minutes. */
    public static final int YOUNG_BREAK_AFTER_MINUTES = 270;
    /** A young worker's rest break, in minutes. */
    public static final int YOUNG_BREAK_MINUTES = 30;
    /** Night time a night worker works on a day as a normal course, in minutes. */
    public static final int NIGHT_WORKER_MINUTES = 3 * 60;

    private final Jurisdiction jurisdiction;
    private final Map<String, Source> sources;
    private final String domesticService;

    private WorkingTimeLaw(Jurisdiction jurisdiction, Map<String, Source> sources, String domesticService) {
        this.jurisdiction = jurisdiction;
        this.sources = sources;
        this.domesticService = domesticService;
    }

    /**
     * Returns the law of a jurisdiction.
     *
     * @param jurisdiction the jurisdiction, not null
     * @return the law, not null
     * @throws RosteringException if {@code jurisdiction} is null
     */
    public static WorkingTimeLaw of(@Nullable Jurisdiction jurisdiction) {
        RosteringException.CHECKS.notNull(jurisdiction, "jurisdiction");
        return jurisdiction == Jurisdiction.GREAT_BRITAIN ? GREAT_BRITAIN : NORTHERN_IRELAND;
    }

    /**
     * Returns the jurisdiction.
     *
     * @return the jurisdiction, not null
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns the source a standard rule cites in this jurisdiction.
     *
     * @param ruleId the id of a standard rule, not null
     * @return the source, or empty for an id that is not a standard rule's
     * @throws RosteringException if {@code ruleId} is null
     */
    public java.util.Optional<Source> source(@Nullable String ruleId) {
        RosteringException.CHECKS.notNull(ruleId, "ruleId");
        return java.util.Optional.ofNullable(sources.get(ruleId));
    }

    /**
     * Returns the citation of the domestic-service exception in this jurisdiction.
     *
     * @return the citation, not blank
     */
    public String domesticServiceCitation() {
        return domesticService;
    }

    @Override
    public String toString() {
        return "WorkingTimeLaw[" + jurisdiction + "]";
    }
}
