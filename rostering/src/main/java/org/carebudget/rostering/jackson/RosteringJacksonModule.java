package org.carebudget.rostering.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.jackson.TextValueModule;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.DeclaredHours;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.HoursBudget;
import org.carebudget.rostering.Jurisdiction;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.NightTime;
import org.carebudget.rostering.NightWorkerStatus;
import org.carebudget.rostering.OptOut;
import org.carebudget.rostering.ReferencePeriod;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.RotaTemplate;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TemplateShift;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.WeeklyRestBasis;
import org.carebudget.rostering.WorkerProfile;
import org.carebudget.rostering.cover.CoverFinding;
import org.carebudget.rostering.cover.CoverReport;
import org.carebudget.rostering.hours.FunderHours;
import org.carebudget.rostering.hours.HoursFinding;
import org.carebudget.rostering.hours.HoursReport;
import org.carebudget.rostering.hours.WeekHours;
import org.carebudget.rostering.workingtime.WorkingTimeFinding;
import org.carebudget.rostering.workingtime.WorkingTimeReport;

/**
 * Jackson module for the rostering types. {@link ShiftId} is a JSON number; {@link TimeSpan}
 * ({@code "2026-10-24T21:00:00Z/2026-10-25T06:00:00Z"}) and {@link NightTime} ({@code "23:00-06:00"}) are strings
 * read back through their factories; the inputs (shifts, timesheet entries, absences, declared hours, budget lines
 * and budgets, employment terms, opt-outs, reference periods, worker profiles, package plans, template shifts and
 * rota templates) are objects of named fields read back through their factories and builders, so every rule of the
 * domain is checked on reading, and a missing or unknown property is refused. A timesheet entry carries a
 * {@code "type"} of {@code "worked"}, {@code "missed"} or {@code "cancelled"}; findings carry a {@code "type"} of
 * {@code "working-time"}, {@code "cover"} or {@code "hours"} (no class names anywhere), and no type writes a key twice.
 * Findings and reports are written only: they are results, worked out again rather than read back.
 *
 * <p>Identifiers, dates, date ranges and instants come from {@code CoreJacksonModule}, competency codes from
 * {@code TrainingJacksonModule}; {@code ObjectMapper.findAndRegisterModules()} finds all three on the class path. On
 * the module path register them yourself. Thread-safe once registered.
 */
public class RosteringJacksonModule extends TextValueModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public RosteringJacksonModule() {
        super("carebudget-rostering");
        addTextValue(TimeSpan.class, TimeSpan::toString, TimeSpan::parse);
        addTextValue(NightTime.class, NightTime::toString, RosteringJacksonModule::nightTime);
        addSerializer(ShiftId.class, new JsonSerializer<ShiftId>() {
            @Override
            public void serialize(ShiftId value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeNumber(value.value());
            }
        });
        addDeserializer(ShiftId.class, new JsonDeserializer<ShiftId>() {
            @Override
            public ShiftId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return (ShiftId) ctxt.handleUnexpectedToken(ShiftId.class, p);
                }
                try {
                    return ShiftId.of(p.getLongValue());
                } catch (RosteringException e) {
                    return ctxt.reportInputMismatch(ShiftId.class, "%s", e.getMessage());
                }
            }
        });
        for (Codec<?> codec : new Codec<?>[] {SHIFT, ENTRY, ABSENCE, DECLARED, LINE, BUDGET, TERMS, OPT_OUT, PERIOD,
            PROFILE, PLAN, TEMPLATE_SHIFT, TEMPLATE, WT_FINDING, COVER_FINDING, HOURS_FINDING, WT_REPORT, COVER_REPORT,
            HOURS_REPORT, FUNDER_HOURS, WEEK_HOURS}) {
            register(codec);
        }
    }

    private <T> void register(Codec<T> codec) {
        addSerializer(codec.type, codec.serializer());
        if (codec.readable()) {
            addDeserializer(codec.type, codec.deserializer());
        }
    }

    private static NightTime nightTime(String text) {
        RosteringException.CHECKS.bounded(text, 11, "nightTime");
        int dash = text.indexOf('-');
        try {
            return NightTime.of(LocalTime.parse(text.substring(0, Math.max(dash, 0))),
                    LocalTime.parse(text.substring(dash + 1)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new RosteringException("nightTime", "HH:mm-HH:mm", text);
        }
    }

    private static LocalTime time(String text, String field) {
        RosteringException.CHECKS.bounded(text, 8, field);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new RosteringException(field, "HH:mm", text);
        }
    }

    private static int whole(long value, String field) {
        return (int) RosteringException.CHECKS.inRange(value, Integer.MIN_VALUE, Integer.MAX_VALUE, field);
    }

    static final Codec<Shift> SHIFT = new Codec<>(Shift.class) {
        @Override
        void write(Shift s, Out out) throws IOException {
            out.field("id", s.id()).field("carePackage", s.carePackage()).field("funder", s.funder())
                    .field("start", s.start()).field("end", s.end()).field("kind", s.kind())
                    .bool("doubleUp", s.isDoubleUp()).field("personalAssistants", s.personalAssistants())
                    .field("tasks", s.tasks()).field("awakePeriods", s.awakePeriods()).field("breaks", s.breaks())
                    .bool("longerThan24Hours", s.isLongerThan24Hours());
        }

        @Override
        Shift read(In in) throws IOException {
            Shift.Builder b = Shift.builder(in.value("id", ShiftId.class), in.value("carePackage", CarePackageId.class),
                    in.value("funder", FunderId.class), in.value("start", Instant.class), in.value("end", Instant.class))
                    .kind(in.value("kind", ShiftKind.class)).tasks(in.list("tasks", String.class));
            if (in.bool("doubleUp", false)) {
                b.doubleUp();
            }
            in.list("personalAssistants", PersonalAssistantId.class).forEach(b::personalAssistant);
            in.list("awakePeriods", TimeSpan.class).forEach(b::awake);
            in.list("breaks", TimeSpan.class).forEach(b::restBreak);
            if (in.bool("longerThan24Hours", false)) {
                b.longerThan24Hours();
            }
            return b.build();
        }
    };

    static final Codec<TimesheetEntry> ENTRY = new Codec<>(TimesheetEntry.class) {
        @Override
        void write(TimesheetEntry e, Out out) throws IOException {
            out.text("type", e.outcome().name().toLowerCase()).field("shift", e.shift())
                    .field("personalAssistant", e.personalAssistant()).field("worked", e.worked());
            if (e.outcome() == TimesheetEntry.Outcome.WORKED) {
                out.field("awakePeriods", e.awakePeriods()).field("breaks", e.breaks());
            }
        }

        @Override
        TimesheetEntry read(In in) throws IOException {
            String type = in.text("type");
            ShiftId shift = in.value("shift", ShiftId.class);
            switch (type) {
                case "worked":
                    return TimesheetEntry.worked(shift, in.value("personalAssistant", PersonalAssistantId.class),
                            in.value("worked", TimeSpan.class), in.list("awakePeriods", TimeSpan.class),
                            in.list("breaks", TimeSpan.class));
                case "missed":
                    return TimesheetEntry.missed(shift, in.value("personalAssistant", PersonalAssistantId.class));
                case "cancelled":
                    return TimesheetEntry.cancelled(shift);
                default:
                    throw new RosteringException("type", "worked, missed or cancelled", type);
            }
        }
    };

    static final Codec<Absence> ABSENCE = new Codec<>(Absence.class) {
        @Override
        void write(Absence a, Out out) throws IOException {
            out.field("personalAssistant", a.personalAssistant()).field("kind", a.kind()).field("days", a.days());
        }

        @Override
        Absence read(In in) throws IOException {
            return Absence.of(in.value("personalAssistant", PersonalAssistantId.class),
                    in.value("kind", AbsenceKind.class), in.value("days", DateRange.class));
        }
    };

    static final Codec<DeclaredHours> DECLARED = new Codec<>(DeclaredHours.class) {
        @Override
        void write(DeclaredHours d, Out out) throws IOException {
            out.field("personalAssistant", d.personalAssistant()).field("employer", d.employer())
                    .number("minutesPerWeek", d.minutesPerWeek()).field("days", d.days());
        }

        @Override
        DeclaredHours read(In in) throws IOException {
            return DeclaredHours.of(in.value("personalAssistant", PersonalAssistantId.class),
                    in.value("employer", EmployerId.class), whole(in.number("minutesPerWeek"), "minutesPerWeek"),
                    in.value("days", DateRange.class));
        }
    };

    static final Codec<BudgetLine> LINE = new Codec<>(BudgetLine.class) {
        @Override
        void write(BudgetLine l, Out out) throws IOException {
            out.field("funder", l.funder()).field("kind", l.kind()).number("minutesPerWeek", l.minutesPerWeek())
                    .field("effective", l.effective());
        }

        @Override
        BudgetLine read(In in) throws IOException {
            return BudgetLine.of(in.value("funder", FunderId.class), in.value("kind", ShiftKind.class),
                    whole(in.number("minutesPerWeek"), "minutesPerWeek"), in.value("effective", DateRange.class));
        }
    };

    static final Codec<HoursBudget> BUDGET = new Codec<>(HoursBudget.class) {
        @Override
        void write(HoursBudget b, Out out) throws IOException {
            out.field("lines", b.lines());
        }

        @Override
        HoursBudget read(In in) throws IOException {
            return HoursBudget.of(in.list("lines", BudgetLine.class));
        }
    };

    static final Codec<EmploymentTerms> TERMS = new Codec<>(EmploymentTerms.class) {
        @Override
        void write(EmploymentTerms t, Out out) throws IOException {
            out.field("employer", t.employer()).field("employed", t.employed())
                    .field("domesticService", t.domesticService());
        }

        @Override
        EmploymentTerms read(In in) throws IOException {
            return EmploymentTerms.of(in.value("employer", EmployerId.class), in.value("employed", DateRange.class),
                    in.value("domesticService", DomesticService.class));
        }
    };

    static final Codec<OptOut> OPT_OUT = new Codec<>(OptOut.class) {
        @Override
        void write(OptOut o, Out out) throws IOException {
            out.field("employer", o.employer()).field("days", o.days());
        }

        @Override
        OptOut read(In in) throws IOException {
            return OptOut.of(in.value("employer", EmployerId.class), in.value("days", DateRange.class));
        }
    };

    static final Codec<ReferencePeriod> PERIOD = new Codec<>(ReferencePeriod.class) {
        @Override
        void write(ReferencePeriod r, Out out) throws IOException {
            out.field("successiveFrom", r.successiveStart().orElse(null));
        }

        @Override
        ReferencePeriod read(In in) throws IOException {
            LocalDate from = in.optional("successiveFrom", LocalDate.class);
            return from == null ? ReferencePeriod.ROLLING : ReferencePeriod.successiveFrom(from);
        }
    };

    static final Codec<WorkerProfile> PROFILE = new Codec<>(WorkerProfile.class) {
        @Override
        void write(WorkerProfile p, Out out) throws IOException {
            out.field("personalAssistant", p.personalAssistant()).field("dateOfBirth", p.dateOfBirth().orElse(null))
                    .bool("adultThroughout", p.dateOfBirth().isEmpty()).field("employments", p.employments())
                    .field("optOuts", p.optOuts()).field("nightWorker", p.nightWorker())
                    .field("nightTime", p.nightTime())
                    .bool("youngWorkerContractAfter10pm", p.youngWorkerContractAfter10pm())
                    .field("jurisdiction", p.jurisdiction()).field("referencePeriod", p.referencePeriod())
                    .field("weeklyRest", p.weeklyRest())
                    .bool("weeklyRestMayIncludeDailyRest", p.weeklyRestMayIncludeDailyRest());
        }

        @Override
        WorkerProfile read(In in) throws IOException {
            WorkerProfile.Builder b = WorkerProfile.builder(in.value("personalAssistant", PersonalAssistantId.class));
            LocalDate born = in.optional("dateOfBirth", LocalDate.class);
            if (born != null) {
                b.dateOfBirth(born);
            }
            if (in.bool("adultThroughout", false)) {
                b.adultThroughout();
            }
            in.list("employments", EmploymentTerms.class).forEach(b::employment);
            in.list("optOuts", OptOut.class).forEach(b::optOut);
            b.nightWorker(in.value("nightWorker", NightWorkerStatus.class)).nightTime(in.value("nightTime",
                    NightTime.class)).jurisdiction(in.value("jurisdiction", Jurisdiction.class))
                    .referencePeriod(in.value("referencePeriod", ReferencePeriod.class))
                    .weeklyRest(in.value("weeklyRest", WeeklyRestBasis.class));
            if (in.bool("youngWorkerContractAfter10pm", false)) {
                b.youngWorkerContractAfter10pm();
            }
            if (in.bool("weeklyRestMayIncludeDailyRest", false)) {
                b.weeklyRestMayIncludeDailyRest();
            }
            return b.build();
        }
    };

    static final Codec<CarePackagePlan> PLAN = new Codec<>(CarePackagePlan.class) {
        @Override
        void write(CarePackagePlan p, Out out) throws IOException {
            out.field("id", p.id()).field("person", p.person()).field("employer", p.employer())
                    .field("nation", p.nation()).field("team", p.team()).field("tasks", p.tasks())
                    .number("minimumDistinctPas", p.minimumDistinctPas()).field("budget", p.budget());
        }

        @Override
        CarePackagePlan read(In in) throws IOException {
            CarePackagePlan.Builder b = CarePackagePlan.builder(in.value("id", CarePackageId.class),
                    in.value("person", PersonId.class), in.value("employer", EmployerId.class))
                    .nation(in.value("nation", Nation.class)).team(in.list("team", PersonalAssistantId.class))
                    .minimumDistinctPas(whole(in.number("minimumDistinctPas"), "minimumDistinctPas"))
                    .budget(in.value("budget", HoursBudget.class));
            in.list("tasks", TaskRequirement.class).forEach(b::task);
            return b.build();
        }
    };

    static final Codec<TemplateShift> TEMPLATE_SHIFT = new Codec<>(TemplateShift.class) {
        @Override
        void write(TemplateShift t, Out out) throws IOException {
            out.number("week", t.week()).field("day", t.day()).text("start", t.start().toString())
                    .text("end", t.end().toString()).field("funder", t.funder()).field("kind", t.kind())
                    .bool("doubleUp", t.isDoubleUp()).field("personalAssistants", t.personalAssistants())
                    .field("tasks", t.tasks());
        }

        @Override
        TemplateShift read(In in) throws IOException {
            return TemplateShift.of(whole(in.number("week"), "week"), in.value("day", DayOfWeek.class),
                    time(in.text("start"), "start"), time(in.text("end"), "end"), in.value("funder", FunderId.class))
                    .withKind(in.value("kind", ShiftKind.class)).withDoubleUp(in.bool("doubleUp", false))
                    .withPersonalAssistants(in.list("personalAssistants", PersonalAssistantId.class))
                    .withTasks(in.list("tasks", String.class));
        }
    };

    static final Codec<RotaTemplate> TEMPLATE = new Codec<>(RotaTemplate.class) {
        @Override
        void write(RotaTemplate t, Out out) throws IOException {
            out.field("carePackage", t.carePackage()).number("weeks", t.weeks()).field("firstMonday", t.firstMonday())
                    .field("shifts", t.shifts());
        }

        @Override
        RotaTemplate read(In in) throws IOException {
            return RotaTemplate.of(in.value("carePackage", CarePackageId.class), whole(in.number("weeks"), "weeks"),
                    in.value("firstMonday", LocalDate.class), in.list("shifts", TemplateShift.class));
        }
    };

    /** Findings and reports: written only. */
    abstract static class Output<T> extends Codec<T> {
        Output(Class<T> type) {
            super(type);
        }

        @Override
        boolean readable() {
            return false;
        }

        @Override
        T read(In in) {
            throw new UnsupportedOperationException("written only");
        }

        static void cited(Out out, String type, String ruleId, Severity severity, String message, Source source,
                LocalDate actBefore) throws IOException {
            out.text("type", type).text("ruleId", ruleId).field("severity", severity).text("message", message)
                    .field("source", source).field("actBefore", actBefore);
        }
    }

    static final Codec<WorkingTimeFinding> WT_FINDING = new Output<>(WorkingTimeFinding.class) {
        @Override
        void write(WorkingTimeFinding f, Out out) throws IOException {
            cited(out, "working-time", f.ruleId(), f.severity(), f.message(), f.source(), f.actBefore());
            out.field("personalAssistant", f.personalAssistant()).field("window", f.window())
                    .field("shifts", f.shifts()).field("employers", f.employers())
                    .number("measuredMinutes", f.measuredMinutes()).number("limitMinutes", f.limitMinutes())
                    .number("differenceMinutes", f.differenceMinutes()).number("referenceDays", f.referenceDays());
        }
    };

    static final Codec<CoverFinding> COVER_FINDING = new Output<>(CoverFinding.class) {
        @Override
        void write(CoverFinding f, Out out) throws IOException {
            cited(out, "cover", f.ruleId(), f.severity(), f.message(), f.source(), f.actBefore());
            out.field("reason", f.reason()).field("carePackage", f.carePackage()).field("shift", f.shift())
                    .field("when", f.when()).field("personalAssistant", f.personalAssistant())
                    .field("candidates", f.candidates()).field("competencies", f.competencies())
                    .field("workingTimeRules", f.workingTimeRules()).field("otherShift", f.otherShift())
                    .number("distinctPas", f.distinctPas()).number("minimumPas", f.minimumPas());
        }
    };

    static final Codec<HoursFinding> HOURS_FINDING = new Output<>(HoursFinding.class) {
        @Override
        void write(HoursFinding f, Out out) throws IOException {
            cited(out, "hours", f.ruleId(), f.severity(), f.message(), f.source(), f.actBefore());
            out.field("signal", f.signal()).field("carePackage", f.carePackage()).field("funder", f.funder())
                    .field("week", f.week()).number("budgetedMinutes", f.budgetedMinutes())
                    .number("measuredMinutes", f.measuredMinutes()).number("thresholdPercent", f.thresholdPercent());
        }
    };

    static final Codec<WorkingTimeReport> WT_REPORT = new Output<>(WorkingTimeReport.class) {
        @Override
        void write(WorkingTimeReport r, Out out) throws IOException {
            out.field("from", r.from()).number("days", r.days()).field("findings", r.findings());
        }
    };

    static final Codec<CoverReport> COVER_REPORT = new Output<>(CoverReport.class) {
        @Override
        void write(CoverReport r, Out out) throws IOException {
            out.field("from", r.from()).number("days", r.days()).number("shiftsChecked", r.shiftsChecked())
                    .field("findings", r.findings());
        }
    };

    static final Codec<HoursReport> HOURS_REPORT = new Output<>(HoursReport.class) {
        @Override
        void write(HoursReport r, Out out) throws IOException {
            out.field("period", r.period()).field("asOf", r.asOf()).field("funderHours", r.funderHours())
                    .field("findings", r.findings()).field("summary", r.summary());
        }
    };

    static final Codec<FunderHours> FUNDER_HOURS = new Output<>(FunderHours.class) {
        @Override
        void write(FunderHours f, Out out) throws IOException {
            out.field("carePackage", f.carePackage()).field("funder", f.funder())
                    .number("budgetedMinutes", f.budgetedMinutes())
                    .number("budgetedToDateMinutes", f.budgetedToDateMinutes())
                    .number("plannedMinutes", f.plannedMinutes()).number("deliveredMinutes", f.deliveredMinutes())
                    .number("trendMinutesPerWeek", f.trendMinutesPerWeek())
                    .number("forecastMinutes", f.forecastMinutes()).field("weeks", f.weeks());
        }
    };

    static final Codec<WeekHours> WEEK_HOURS = new Output<>(WeekHours.class) {
        @Override
        void write(WeekHours w, Out out) throws IOException {
            out.field("monday", w.monday()).number("days", w.days()).number("budgetedMinutes", w.budgetedMinutes())
                    .number("plannedMinutes", w.plannedMinutes()).number("deliveredMinutes", w.deliveredMinutes());
        }
    };
}
