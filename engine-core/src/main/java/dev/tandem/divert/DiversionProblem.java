package dev.tandem.divert;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * The day's jobs of a network as a capacitated assignment (SOP 3): which customers of overloaded stores to offer
 * which nearby store.
 *
 * <p>Per store: its bay-hours (from the snapshot: its {@code bayHours}, else today's capacity in jobs ×
 * {@link DiversionSettings#hoursPerJob()}), the bay-hours its jobs book (the jobs at it, less those committed
 * elsewhere, plus those committed to it), and so its expected wait: the booked hours above its bay-hours spread
 * over its bays (bay-hours ÷ {@link DiversionSettings#workingDay()}). A store whose expected wait passes the
 * threshold diverts; the others may receive up to their free bay-hours.
 *
 * <p>The assignment: items are the jobs that may move (at a diverting store, not committed, not already in a bay);
 * bins are the stores, each with its free bay-minutes as capacity. A job's own store is always allowed at load 0
 * (it is booked there already) and costs the expected loss of its wait ({@link DiversionSettings#waitCost}); the
 * other allowed stores, the receiving stores, are the job's {@link DiversionSettings#candidatesPerJob()} nearest
 * <em>eligible</em> stores: walking the stores in order of drive time from the job's store, up to the customer's
 * maximum drive, the first ones that have a technician with the skill on duty, are not diverting themselves, were
 * not refused by this customer and have the job's bay-minutes free. A nearer store that fails one of these tests
 * does not use up one of the places. Each loads the job's bay-minutes and costs, in expectation, {@code p × (coupon + ride) + (1 − p) ×
 * wait cost} with {@code p} the chance of acceptance ({@link DiversionSettings#acceptance(double)}): a refusing
 * customer stays and waits. The receiving store holds the bay until the customer answers, so its capacity counts
 * every offer.
 *
 * <p>Waits come from the booked load when the problem is made and do not fall as offers go out; answers make a
 * new problem ({@link #withAnswers}) in which they do. Immutable.
 */
public final class DiversionProblem {

    private final NetworkSnapshot network;
    private final ImmutableList<Job> jobs;
    private final DiversionSettings settings;
    private final DriveIndex drives;
    private final ImmutableMap<JobId, StoreId> committed;
    private final ImmutableSet<List<Object>> refused;
    private final double[] capacityMinutes;
    private final double[] bookedMinutes;
    private final int[] items;
    private final AssignmentProblem assignment;

    private DiversionProblem(NetworkSnapshot network, List<Job> jobs, DiversionSettings settings, DriveIndex drives,
            Map<JobId, StoreId> committed, Set<List<Object>> refused) {
        this.network = network;
        this.jobs = ImmutableList.copyOf(jobs);
        this.settings = settings;
        this.drives = drives;
        this.committed = ImmutableMap.copyOf(committed);
        this.refused = ImmutableSet.copyOf(refused);
        int stores = network.storeCount();
        this.capacityMinutes = new double[stores];
        this.bookedMinutes = new double[stores];
        for (int s = 0; s < stores; s++) {
            capacityMinutes[s] = bayHours(network, network.storeAt(s), settings) * 60;
        }
        for (Job job : jobs) {
            StoreId at = committed.getOrDefault(job.id(), job.store());
            bookedMinutes[network.storeIndex(at)] += job.bayMinutes();
        }
        List<Integer> movable = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            Job job = jobs.get(j);
            boolean started = job.booked().map(at -> at.isBefore(network.asOf())).orElse(false);
            if (!committed.containsKey(job.id()) && !started && isDiverting(network.storeIndex(job.store()))) {
                movable.add(j);
            }
        }
        this.items = movable.stream().mapToInt(Integer::intValue).toArray();
        this.assignment = buildAssignment();
    }

    /**
     * @throws IllegalArgumentException if two jobs share an id
     * @throws java.util.NoSuchElementException if a job names a store not in the network
     */
    public static DiversionProblem of(NetworkSnapshot network, List<Job> jobs, DiversionSettings settings,
            DriveIndex drives) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(drives, "drives");
        Set<JobId> ids = new HashSet<>();
        for (Job job : jobs) {
            checkArgument(ids.add(job.id()), "The job id (%s) is used twice.", job.id());
            network.store(job.store());
        }
        return new DiversionProblem(network, jobs, settings, drives, Map.of(), Set.of());
    }

    /**
     * The problem after customers answered offers of {@code plan}: an accepted offer commits the job to its
     * receiving store (its bay-hours move there, and the waits change with them); a refused one takes that store
     * off the customer's options. Answers to jobs the plan did not offer are ignored.
     */
    public DiversionProblem withAnswers(DiversionPlan plan, Map<JobId, Answer> answers) {
        Map<JobId, StoreId> nowCommitted = new LinkedHashMap<>(committed);
        Set<List<Object>> nowRefused = new HashSet<>(refused);
        for (Offer offer : plan.offers()) {
            Answer answer = answers.get(offer.job());
            if (answer == Answer.ACCEPTED) {
                nowCommitted.put(offer.job(), offer.to());
            } else if (answer == Answer.REFUSED) {
                nowRefused.add(List.of(offer.job(), offer.to()));
            }
        }
        return new DiversionProblem(network, jobs, settings, drives, nowCommitted, nowRefused);
    }

    /** The bay-hours of a store today: its own figure, else its capacity in jobs × hours a job. */
    static double bayHours(NetworkSnapshot network, Store store, DiversionSettings settings) {
        if (store.bayHours().isPresent()) {
            return store.bayHours().getAsDouble();
        }
        int jobs = network.capacity(store.id(), network.today()).map(CapacityDay::capacity)
                .orElse(store.dailyCapacity());
        return jobs * settings.hoursPerJob();
    }

    private AssignmentProblem buildAssignment() {
        int stores = network.storeCount();
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items.length, stores);
        for (int s = 0; s < stores; s++) {
            builder.capacity(s, isDiverting(s) ? 0 : (long) Math.floor(freeMinutes(s)));
        }
        Map<Skill, boolean[]> onDuty = new HashMap<>();
        for (int item = 0; item < items.length; item++) {
            Job job = jobs.get(items[item]);
            int home = network.storeIndex(job.store());
            long stay = stayCost(item);
            builder.allow(item, home, stay, 0);
            boolean[] skilled = onDuty.computeIfAbsent(job.skill(), this::storesWithSkillOnDuty);
            int offered = 0;
            for (int rank = 0; rank < drives.neighbourCount() && offered < settings.candidatesPerJob(); rank++) {
                int to = nearestFrom(home, rank);
                double minutes = drives.minutes(home, to);
                if (minutes > job.maxDrive().toMinutes()) {
                    break;
                }
                if (skilled[to] && !isDiverting(to) && !refused.contains(List.of(job.id(), network.storeAt(to).id()))
                        && freeMinutes(to) >= job.bayMinutes()) {
                    builder.allow(item, to, offerCost(item, to), job.bayMinutes());
                    offered++;
                }
            }
        }
        return builder.build();
    }

    /**
     * The store at {@code rank} by drive time from {@code home}. The index orders by drive <em>to</em> a store;
     * the travel models are symmetric, so it serves for the drive from it too.
     */
    private int nearestFrom(int home, int rank) {
        return drives.nearest(home, rank);
    }

    private boolean[] storesWithSkillOnDuty(Skill skill) {
        boolean[] skilled = new boolean[network.storeCount()];
        for (Technician technician : network.technicians()) {
            if (technician.status() == TechnicianStatus.ON_DUTY && technician.hasSkill(skill)) {
                skilled[network.storeIndex(technician.store())] = true;
            }
        }
        return skilled;
    }

    public NetworkSnapshot network() {
        return network;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public DiversionSettings settings() {
        return settings;
    }

    public DriveIndex drives() {
        return drives;
    }

    /** Jobs committed to another store by an accepted offer. */
    public Map<JobId, StoreId> committed() {
        return committed;
    }

    /** The capacitated assignment: item {@code i} is job {@link #jobOf(int) jobOf(i)}, bin {@code s} store s. */
    public AssignmentProblem assignment() {
        return assignment;
    }

    /** The index in {@link #jobs()} of item {@code item}. */
    public int jobOf(int item) {
        return items[item];
    }

    /** The items: jobs that may move, as indexes into {@link #jobs()}. */
    public int itemCount() {
        return items.length;
    }

    /** The expected wait at store {@code s}, in hours. */
    public double expectedWaitHours(int s) {
        double bays = Math.max(1, capacityMinutes[s] / 60 / settings.workingDay());
        return Math.max(0, bookedMinutes[s] - capacityMinutes[s]) / 60 / bays;
    }

    /** Whether store {@code s} expects a wait beyond the threshold and so offers its customers elsewhere. */
    public boolean isDiverting(int s) {
        return expectedWaitHours(s) * 60 > settings.waitThreshold().toMinutes();
    }

    /** The bay-minutes store {@code s} has free today, 0 when full. */
    public double freeMinutes(int s) {
        return Math.max(0, capacityMinutes[s] - bookedMinutes[s]);
    }

    /** The expected cost, in fen, of item {@code item} staying and waiting. */
    public long stayCost(int item) {
        Job job = jobs.get(items[item]);
        return settings.waitCost(expectedWaitHours(network.storeIndex(job.store())), job.vip());
    }

    /** The chance the customer of item {@code item} accepts store {@code to}. */
    public double acceptance(int item, int to) {
        return settings.acceptance(drives.minutes(homeOf(item), to));
    }

    /** What HQ pays if the customer of item {@code item} goes to store {@code to}: the coupon and the ride. */
    public long compensation(int item, int to) {
        return settings.coupon().plus(settings.ride(drives.kilometres(homeOf(item), to))).cents();
    }

    /** The expected cost, in fen, of offering store {@code to} to item {@code item}. */
    public long offerCost(int item, int to) {
        double p = acceptance(item, to);
        return Math.round(p * compensation(item, to) + (1 - p) * stayCost(item));
    }

    /** The store index of item {@code item}'s job. */
    public int homeOf(int item) {
        return network.storeIndex(jobs.get(items[item]).store());
    }

    /**
     * The offers of {@code plan} that still hold here, as a start for an incremental re-solve: unanswered offers
     * stay where they were if they are still allowed and fit.
     */
    public Assignment startFrom(DiversionPlan plan) {
        Map<JobId, Integer> itemByJob = new HashMap<>();
        for (int item = 0; item < items.length; item++) {
            itemByJob.put(jobs.get(items[item]).id(), item);
        }
        int[] bins = new int[items.length];
        long[] used = new long[network.storeCount()];
        Arrays.fill(bins, Assignment.UNASSIGNED);
        for (Offer offer : plan.offers()) {
            Integer item = itemByJob.get(offer.job());
            if (item == null) {
                continue;
            }
            int to = network.storeIndex(offer.to());
            int k = assignment.optionOf(item, to);
            if (k >= 0 && used[to] + assignment.optionLoad(item, k) <= assignment.capacity(to)) {
                bins[item] = to;
                used[to] += assignment.optionLoad(item, k);
            }
        }
        return new Assignment(assignment, bins);
    }
}
