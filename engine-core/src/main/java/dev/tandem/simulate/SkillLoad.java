package dev.tandem.simulate;

import java.util.List;
import java.util.Map;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;

/**
 * The load a day brings each store and skill, as the network forecasts it the evening before: the hours of its
 * bookings plus the hours of the walk-ins it expects (its mean demand, shared by the job mix), over the hours of the
 * technicians there who can do the skill. A store's specialists are few, so a skill overloads long before the
 * store does. Mutable: steering a booking moves its hours. Not thread-safe.
 */
final class SkillLoad {

    private final List<Map.Entry<Skill, Double>> skills;
    private final double[][] demand;
    private final double[][] capacity;
    private final double[] totalCapacity;
    private final double[][] expected;

    SkillLoad(Workshop[] workshops, DemandStream stream, SimulationSettings settings, List<CustomerJob> jobs) {
        this.skills = settings.jobMix().skillsInOrder();
        int stores = workshops.length;
        this.demand = new double[stores][skills.size()];
        this.capacity = new double[stores][skills.size()];
        this.expected = new double[stores][skills.size()];
        this.totalCapacity = new double[stores];
        double weights = skills.stream().mapToDouble(Map.Entry::getValue).sum();
        double walkIns = 1 - settings.model().appointmentShare();
        for (int s = 0; s < stores; s++) {
            totalCapacity[s] = Math.max(1, workshops[s].size()) * (double) settings.workingHours();
            for (int k = 0; k < skills.size(); k++) {
                Skill skill = skills.get(k).getKey();
                long able = workshops[s].technicians().stream()
                        .filter(technician -> Workshop.canDo(technician, skill, Level.T1)).count();
                capacity[s][k] = able * (double) settings.workingHours();
                expected[s][k] = stream.jobsPerDay(s) * stream.meanHours(s) * skills.get(k).getValue() / weights;
                demand[s][k] = walkIns * expected[s][k];
            }
        }
        for (CustomerJob job : jobs) {
            if (job.appointment()) {
                demand[job.store()][index(job.skill())] += job.hours();
            }
        }
    }

    /** The forecast load of {@code skill} at {@code store}; infinite where nobody can do it. */
    double load(int store, Skill skill) {
        int k = index(skill);
        return capacity[store][k] == 0 ? Double.POSITIVE_INFINITY : demand[store][k] / capacity[store][k];
    }

    /** The load of {@code skill} at {@code store} once a job of {@code hours} is added. */
    double loadWith(int store, Skill skill, double hours) {
        int k = index(skill);
        return capacity[store][k] == 0 ? Double.POSITIVE_INFINITY : (demand[store][k] + hours) / capacity[store][k];
    }

    /** The store's mean load of {@code skill} over days, from its expected demand alone. */
    double meanLoad(int store, Skill skill) {
        int k = index(skill);
        return capacity[store][k] == 0 ? Double.POSITIVE_INFINITY : expected[store][k] / capacity[store][k];
    }

    /** The forecast load of the whole store: every hour of work over its technicians' hours. */
    double total(int store) {
        double sum = 0;
        for (double hours : demand[store]) {
            sum += hours;
        }
        return sum / totalCapacity[store];
    }

    /** Moves a job's hours from one store to another ({@code to} below 0: out of the day). */
    void move(CustomerJob job, int to) {
        int k = index(job.skill());
        demand[job.store()][k] -= job.hours();
        if (to >= 0) {
            demand[to][k] += job.hours();
        }
    }

    /** A technician's day of general work moves from {@code from} to {@code to}. */
    void lend(int from, int to, double hours) {
        int general = index(Skill.GENERAL);
        if (general >= 0) {
            capacity[from][general] -= hours;
            capacity[to][general] += hours;
        }
        totalCapacity[from] -= hours;
        totalCapacity[to] += hours;
    }

    private int index(Skill skill) {
        for (int k = 0; k < skills.size(); k++) {
            if (skills.get(k).getKey().equals(skill)) {
                return k;
            }
        }
        return -1;
    }
}
