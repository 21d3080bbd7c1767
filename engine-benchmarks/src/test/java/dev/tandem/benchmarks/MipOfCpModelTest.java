package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.solvers.dispatch.exact.CpSatDispatch;
import dev.tandem.solvers.dispatch.exact.CpSatDispatcher;
import dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.internal.ortools.OrToolsNative;
import dev.tandem.travel.DriveIndex;

/** SCIP on the linear part of a CP-SAT model against CP-SAT's own proven optimum of the same model. */
class MipOfCpModelTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void equalsCpSatOnRandomModelsWithNegatedLiteralsClausesAndImplications() {
        OrToolsNative.ensureLoaded();
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 40; n++) {
            CpModel model = new CpModel();
            int count = random.nextInt(2, 9);
            List<BoolVar> bools = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                bools.add(model.newBoolVar("b" + i));
            }
            IntVar integer = model.newIntVar(-3, 7, "i");
            for (int c = 0; c < 4; c++) {
                model.addBoolOr(new Literal[] {literal(bools, random), literal(bools, random)});
                model.addAtMostOne(new Literal[] {literal(bools, random), literal(bools, random),
                        literal(bools, random)});
                model.addImplication(literal(bools, random), literal(bools, random));
            }
            model.addLessOrEqual(LinearExpr.weightedSum(new IntVar[] {integer, bools.get(0), bools.get(1)},
                    new long[] {1, 3, -2}), random.nextInt(0, 6));
            long[] costs = random.ints(count + 1, -9, 10).asLongStream().toArray();
            List<IntVar> all = new ArrayList<>(bools);
            all.add(integer);
            LinearExpr objective = LinearExpr.weightedSum(all.toArray(IntVar[]::new), costs);
            model.minimize(objective);

            CpSolver cpSat = new CpSolver();
            CpSolverStatus status = cpSat.solve(model);
            MipOfCpModel.Result mip = MipOfCpModel.minimize(model, objective, LIMIT);

            if (status == CpSolverStatus.INFEASIBLE) {
                assertThat(mip.best()).as("model %d", n).isEmpty();
                continue;
            }
            assertThat(status).as("model %d", n).isEqualTo(CpSolverStatus.OPTIMAL);
            assertThat(mip.optimal()).as("model %d", n).isTrue();
            assertThat(mip.best()).as("model %d", n).hasValue((long) cpSat.objectiveValue());
            assertThat(mip.bound()).as("model %d", n).hasValue((long) cpSat.objectiveValue());
            assertThat(mip.leftOut()).isZero();
        }
    }

    @Test
    void provesTheLeastUnassignedPriorityOfSmallDispatchesAsCpSatDoes() {
        for (long seed = 1; seed <= 3; seed++) {
            NetworkSnapshot network = NetworkGenerator.generate(new GeneratorSpec(15, 10, 60, 7, seed,
                    GeneratorSpec.DEFAULT_AS_OF));
            DispatchProblem problem = DispatchProblem.of(network, RequestGenerator.generate(network, 30, seed),
                    DispatchSettings.DEFAULT, DriveIndex.of(network));
            CpSatDispatch exact = new CpSatDispatcher().solveExactly(problem, LIMIT, 1L);
            DispatchCpModel cp = new DispatchCpModel(problem);

            MipOfCpModel.Result mip = MipOfCpModel.minimize(cp.model(), cp.medium(), LIMIT);

            assertThat(exact.mediumBound()).as("seed %d", seed).isEqualTo(exact.objective().medium());
            assertThat(mip.optimal()).as("seed %d", seed).isTrue();
            assertThat(mip.best()).as("seed %d", seed).hasValue(exact.objective().medium());
            assertThat(mip.bound()).as("seed %d", seed).hasValue(exact.objective().medium());
        }
    }

    private static Literal literal(List<BoolVar> bools, SplittableRandom random) {
        BoolVar bool = bools.get(random.nextInt(bools.size()));
        return random.nextBoolean() ? bool : bool.not();
    }
}
