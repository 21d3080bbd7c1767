package dev.tandem.solvers.assign.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;
import dev.tandem.travel.DriveIndex;

/** The MIP yardstick against the other one, CP-SAT, on instances where CP-SAT proves the optimum. */
class MipAssignerTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void equalsCpSatsProvenOptimumOnRandomSmallInstances() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 60; n++) {
            int items = random.nextInt(0, 9);
            int bins = random.nextInt(1, 4);
            AssignmentProblem problem = AssignmentGenerator.tiny(items, bins, random);

            ExactAssignment cpSat = new CpSatAssigner().solveExactly(problem, LIMIT, 1L);
            ExactAssignment mip = new MipAssigner().solveExactly(problem, LIMIT);

            assertThat(cpSat.status()).as("instance %d", n).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(mip.status()).as("instance %d", n).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(mip.assignment().score()).as("instance %d", n).isEqualTo(cpSat.assignment().score());
            assertThat(mip.costBound()).as("instance %d", n).hasValue(mip.assignment().totalCost());
        }
    }

    @Test
    void placesAsManyAsFitBeforeCost() {
        // Room for one of two items; the cheap one is the heavy one, which alone fills the bin.
        AssignmentProblem problem = AssignmentProblem.builder(3, 1).capacity(0, 4)
                .allow(0, 0, 1, 4).allow(1, 0, 10, 2).allow(2, 0, 10, 2).build();

        ExactAssignment mip = new MipAssigner().solveExactly(problem, LIMIT);

        assertThat(mip.assignment().bins()).containsExactly(Assignment.UNASSIGNED, 0, 0);
        assertThat(mip.status()).isEqualTo(ExactStatus.OPTIMAL);
    }

    @Test
    void provesTheOptimumOfAnOrLibrarySizedInstanceAsCpSatDoes() {
        for (Kind kind : List.of(Kind.C, Kind.D, Kind.E)) {
            AssignmentProblem problem = AssignmentGenerator.generate(kind, 5, 30, 3L);

            ExactAssignment cpSat = new CpSatAssigner().solveExactly(problem, LIMIT, 1L);
            ExactAssignment mip = new MipAssigner().solveExactly(problem, LIMIT);

            assertThat(cpSat.status()).as("%s", kind).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(mip.status()).as("%s", kind).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(mip.assignment().totalCost()).as("%s", kind).isEqualTo(cpSat.assignment().totalCost());
            assertThat(new AssignmentValidator(false).validate(problem, mip.assignment()).violations()).isEmpty();
        }
    }

    @Test
    void provesTheOptimumOfADiversionThatCpSatCannotBeat() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(60, 10, 300, 2L));
        List<Job> day = JobGenerator.generate(network, 600, 1.4, 2L);
        AssignmentProblem problem = DiversionProblem.of(network, day, DiversionSettings.DEFAULT,
                DriveIndex.of(network)).assignment();

        ExactAssignment mip = new MipAssigner().solveExactly(problem, LIMIT);
        ExactAssignment cpSat = new CpSatAssigner().solveExactly(problem, LIMIT, 1L);

        assertThat(problem.itemCount()).isGreaterThan(50);
        assertThat(mip.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(mip.assignment().unassignedCount()).isZero();
        assertThat(new AssignmentValidator(false).validate(problem, mip.assignment()).violations()).isEmpty();
        assertThat(mip.assignment().totalCost()).isLessThanOrEqualTo(cpSat.assignment().totalCost());
        if (cpSat.status() == ExactStatus.OPTIMAL) {
            assertThat(mip.assignment().totalCost()).isEqualTo(cpSat.assignment().totalCost());
        }
        assertThat(cpSat.costBound().orElse(Long.MIN_VALUE)).isLessThanOrEqualTo(mip.assignment().totalCost());
    }
}
