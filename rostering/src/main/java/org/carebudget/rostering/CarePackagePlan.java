package org.carebudget.rostering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.TaskRequirement;
import org.jspecify.annotations.Nullable;

/**
 * What a rota for one care package is checked against: the person it is for, who employs its PAs, the nation (for
 * bank holidays), the team of PAs, the support plan's tasks with the competencies each needs (from
 * {@code core.training}), the minimum number of distinct PAs the package must keep so the person is safe through
 * sickness and holidays, and the hours budget. Built with {@link #builder}; immutable and thread-safe.
 */
public final class CarePackagePlan {

    /** The most PAs a team may have. */
    public static final int MAX_TEAM = 200;
    /** The most tasks a plan may have (a shift's tasks are kept as a bit set over them). */
    public static final int MAX_TASKS = 64;

    private final CarePackageId id;
    private final PersonId person;
    private final EmployerId employer;
    private final Nation nation;
    private final List<PersonalAssistantId> team;
    private final List<TaskRequirement> tasks;
    private final int minimumDistinctPas;
    private final HoursBudget budget;

    private CarePackagePlan(Builder b) {
        this.id = b.id;
        this.person = b.person;
        this.employer = b.employer;
        this.nation = b.nation;
        this.team = List.copyOf(b.team);
        this.tasks = List.copyOf(b.tasks);
        this.minimumDistinctPas = b.minimumDistinctPas;
        this.budget = b.budget;
    }

    /**
     * Returns a builder.
     *
     * @param id the package, not null
     * @param person the person the package is for, not null
     * @param employer who employs the package's PAs (the person, a family member or a third party), not null
     * @return the builder, not null
     * @throws RosteringException if an argument is null
     */
    public static Builder builder(@Nullable CarePackageId id, @Nullable PersonId person,
            @Nullable EmployerId employer) {
        return new Builder(RosteringException.CHECKS.notNull(id, "carePackage"),
                RosteringException.CHECKS.notNull(person, "person"),
                RosteringException.CHECKS.notNull(employer, "employer"));
    }

    /**
     * Returns the package.
     *
     * @return the id, not null
     */
    public CarePackageId id() {
        return id;
    }

    /**
     * Returns the person the package is for.
     *
     * @return the person, not null
     */
    public PersonId person() {
        return person;
    }

    /**
     * Returns who employs the package's PAs.
     *
     * @return the employer, not null
     */
    public EmployerId employer() {
        return employer;
    }

    /**
     * Returns the nation whose bank holidays apply.
     *
     * @return the nation, not null; {@link Nation#ENGLAND} unless set
     */
    public Nation nation() {
        return nation;
    }

    /**
     * Returns the PAs of the package's team, who can be asked to fill its shifts.
     *
     * @return the team, sorted by id, not null, unmodifiable
     */
    public List<PersonalAssistantId> team() {
        return team;
    }

    /**
     * Returns the support plan's tasks, in the plan's order.
     *
     * @return the tasks, not null, unmodifiable, no name twice
     */
    public List<TaskRequirement> tasks() {
        return tasks;
    }

    /**
     * Returns the index of a task by name.
     *
     * @param name the task name, not null
     * @return the index in {@link #tasks()}, or -1 if the plan has no such task
     * @throws RosteringException if {@code name} is null
     */
    public int taskIndex(@Nullable String name) {
        RosteringException.CHECKS.notNull(name, "task");
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).task().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the fewest distinct PAs who must work in the package over a look-ahead.
     *
     * @return the minimum, 1 - 50; 1 unless set
     */
    public int minimumDistinctPas() {
        return minimumDistinctPas;
    }

    /**
     * Returns the hours budget.
     *
     * @return the budget, not null; {@link HoursBudget#NONE} unless set
     */
    public HoursBudget budget() {
        return budget;
    }

    /**
     * Returns the package as the training register asks about it: the team and the tasks.
     *
     * @return the requirements, not null
     * @throws RosteringException if the team or the task list is empty (the register needs both)
     */
    public PackageRequirements requirements() {
        if (team.isEmpty() || tasks.isEmpty()) {
            throw new RosteringException("carePackage", "a plan with a team and at least one task", id);
        }
        return new PackageRequirements(id, person, team, tasks);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CarePackagePlan p && p.id.equals(id) && p.person.equals(person)
                && p.employer.equals(employer) && p.nation == nation && p.team.equals(team) && p.tasks.equals(tasks)
                && p.minimumDistinctPas == minimumDistinctPas && p.budget.equals(budget);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + team.hashCode();
    }

    @Override
    public String toString() {
        return "CarePackagePlan[" + id + " employer " + employer + " " + nation + ", team " + team.size()
                + ", tasks " + tasks.size() + ", at least " + minimumDistinctPas + " PAs]";
    }

    /** Collects a plan's details; each setter checks its argument. Not thread-safe. */
    public static final class Builder {

        private final CarePackageId id;
        private final PersonId person;
        private final EmployerId employer;
        private Nation nation = Nation.ENGLAND;
        private final TreeSet<PersonalAssistantId> team = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        private final List<TaskRequirement> tasks = new ArrayList<>();
        private int minimumDistinctPas = 1;
        private HoursBudget budget = HoursBudget.NONE;

        private Builder(CarePackageId id, PersonId person, EmployerId employer) {
            this.id = id;
            this.person = person;
            this.employer = employer;
        }

        /**
         * Sets the nation whose bank holidays apply.
         *
         * @param value the nation, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder nation(@Nullable Nation value) {
            nation = RosteringException.CHECKS.notNull(value, "nation");
            return this;
        }

        /**
         * Adds PAs to the team.
         *
         * @param pas the PAs, not null, no null element
         * @return this builder, not null
         * @throws RosteringException if {@code pas} or an element is null, or the team would exceed
         *     {@value CarePackagePlan#MAX_TEAM}
         */
        public Builder team(@Nullable Collection<PersonalAssistantId> pas) {
            List<PersonalAssistantId> copy = RosteringException.CHECKS.list(pas, MAX_TEAM, "team");
            TreeSet<PersonalAssistantId> after = new TreeSet<>(team);
            after.addAll(copy);
            if (after.size() > MAX_TEAM) {
                throw new RosteringException("team", "at most " + MAX_TEAM + " PAs", after.size());
            }
            team.addAll(copy);
            return this;
        }

        /**
         * Adds a support-plan task with the competencies it needs.
         *
         * @param task the task, not null, its name not already in the plan
         * @return this builder, not null
         * @throws RosteringException if {@code task} is null, its name is already in the plan, or the plan would
         *     exceed {@value CarePackagePlan#MAX_TASKS} tasks
         */
        public Builder task(@Nullable TaskRequirement task) {
            RosteringException.CHECKS.notNull(task, "task");
            for (TaskRequirement t : tasks) {
                if (t.task().equals(task.task())) {
                    throw new RosteringException("task", "a task name not already in the plan", task.task());
                }
            }
            if (tasks.size() == MAX_TASKS) {
                throw new RosteringException("task", "at most " + MAX_TASKS + " tasks", task.task());
            }
            tasks.add(task);
            return this;
        }

        /**
         * Sets the fewest distinct PAs who must work in the package over a look-ahead.
         *
         * @param value the minimum, 1 - 50
         * @return this builder, not null
         * @throws RosteringException if out of range
         */
        public Builder minimumDistinctPas(int value) {
            minimumDistinctPas = RosteringException.CHECKS.inRange(value, 1, 50, "minimumDistinctPas");
            return this;
        }

        /**
         * Sets the hours budget.
         *
         * @param value the budget, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder budget(@Nullable HoursBudget value) {
            budget = RosteringException.CHECKS.notNull(value, "budget");
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         */
        public CarePackagePlan build() {
            return new CarePackagePlan(this);
        }
    }
}
