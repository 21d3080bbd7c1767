package dev.tandem.solvers.dispatch;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.Money;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;

/** Generated dispatch problems and random dispatches of them, for tests. */
final class DispatchFixtures {

    private DispatchFixtures() {
    }

    /** A generated network of {@code stores} stores and {@code technicians} technicians, two weeks of windows. */
    static NetworkSnapshot network(int stores, int technicians, long seed) {
        return NetworkGenerator.generate(new GeneratorSpec(stores, 20, technicians, 14, seed,
                GeneratorSpec.DEFAULT_AS_OF));
    }

    static DispatchProblem problem(NetworkSnapshot network, int requests, long seed, DispatchSettings settings) {
        return DispatchProblem.of(network, RequestGenerator.generate(network, requests, seed), settings,
                DriveIndex.of(network));
    }

    /** A small, feasible-leaning problem: 30 stores, 120 technicians, {@code requests} requests. */
    static DispatchProblem small(int requests, long seed) {
        return problem(network(30, 120, seed), requests, seed, DispatchSettings.DEFAULT);
    }

    /**
     * A problem that breaks every rule under random assignments: few candidates so trips collide, some requests
     * pinned to any technician (unqualified, on leave), a minimum at home of 2, other prices than the defaults.
     */
    static DispatchProblem adversarial(long seed) {
        NetworkSnapshot network = network(25, 70, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<SupportRequest> requests = new ArrayList<>();
        for (SupportRequest request : RequestGenerator.generate(network, 70, seed)) {
            double roll = random.nextDouble();
            if (roll < 0.12) {
                request = request.withPinnedTechnician(
                        network.technicianAt(random.nextInt(network.technicianCount())).id());
            } else if (roll < 0.15 && request.pinnedTechnician().isEmpty()) {
                request = request.withPinnedDate(request.latest());
            }
            requests.add(request);
        }
        DispatchSettings settings = new DispatchSettings(3, 2, LocalTime.of(8, 0), LocalTime.of(18, 0), 3,
                DispatchSettings.DEFAULT.subsidy(), Money.ofCents(95), Money.ofYuan(280), Money.ofYuan(90),
                Money.ofYuan(35), DispatchSettings.DEFAULT.thresholds());
        return DispatchProblem.of(network, requests, settings, DriveIndex.of(network));
    }

    /**
     * A random dispatch: each request unassigned with probability {@code unassigned}, else a random candidate at a
     * random start of its own (the value ranges keep the lead time, so only the constraint tests break it).
     */
    static Dispatch randomDispatch(DispatchProblem problem, SplittableRandom random, double unassigned) {
        int n = problem.requests().size();
        int[] technicians = new int[n];
        OffsetDateTime[] starts = new OffsetDateTime[n];
        Arrays.fill(technicians, Dispatch.UNASSIGNED);
        for (int r = 0; r < n; r++) {
            int[] candidates = problem.candidates(r);
            List<OffsetDateTime> own = problem.starts(r);
            if (candidates.length == 0 || own.isEmpty() || random.nextDouble() < unassigned) {
                continue;
            }
            technicians[r] = candidates[random.nextInt(candidates.length)];
            starts[r] = own.get(random.nextInt(own.size()));
        }
        return new Dispatch(problem, technicians, starts);
    }
}
