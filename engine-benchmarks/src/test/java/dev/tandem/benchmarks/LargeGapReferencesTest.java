package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.benchmarks.LargeGapInstances.Reference;
import dev.tandem.benchmarks.LargeGapInstances.Spec;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class LargeGapReferencesTest {

    private static final Spec SPEC = new Spec(Kind.D, 10, 400, 1L);

    @Test
    void keptReferencesCoverEveryInstanceWithABoundNotAboveTheBest() {
        Map<Spec, Reference> references = LargeGapInstances.references();

        assertThat(references.keySet()).containsExactlyInAnyOrderElementsOf(LargeGapInstances.all());
        references.values().forEach(reference -> {
            assertThat(reference.bound()).as(reference.spec().name()).isLessThanOrEqualTo(reference.best());
            assertThat(reference.best()).as(reference.spec().name()).isLessThanOrEqualTo(reference.cpSatBest());
            assertThat(reference.status()).as(reference.spec().name())
                    .isEqualTo(reference.bound() == reference.best() ? "optimal" : "best known");
        });
    }

    @Test
    void noAssignmentOfTheGeneratedInstancesBeatsAKeptBound() {
        // Greedy places every item here; were the generator to drift from the kept values, it could go below them.
        LargeGapInstances.references().values().forEach(reference -> {
            AssignmentProblem problem = reference.spec().generate();
            Assignment greedy = new GreedyAssigner().solve(problem, Duration.ofSeconds(10), 1L);

            assertThat(greedy.unassignedCount()).as(reference.spec().name()).isZero();
            assertThat(greedy.totalCost()).as(reference.spec().name()).isGreaterThanOrEqualTo(reference.bound());
        });
    }

    @Test
    void aSecondComputationKeepsTheLowerBestAndTheHigherBound() {
        Reference first = new Reference(SPEC, 25_104, "cp-sat 90 s", 25_062, "cp-sat", "best known", 25_104, 90);
        Reference second = new Reference(SPEC, 25_090, "scip 120 s", 25_050, "scip", "best known", 25_300, 1);

        Reference merged = GapReferences.merge(first, second);

        assertThat(merged.best()).isEqualTo(25_090);
        assertThat(merged.bestBy()).isEqualTo("scip 120 s");
        assertThat(merged.bound()).isEqualTo(25_062);
        assertThat(merged.boundBy()).isEqualTo("cp-sat");
        assertThat(merged.cpSatBest()).isEqualTo(25_104);
        assertThat(merged.cpSatSeconds()).isEqualTo(90);
        assertThat(merged.status()).isEqualTo("best known");
    }

    @Test
    void aBoundThatMeetsTheBestProvesIt() {
        Reference first = new Reference(SPEC, 25_104, "cp-sat 90 s", 25_062, "cp-sat", "best known", 25_104, 90);
        Reference second = new Reference(SPEC, 25_104, "cp-sat 1 s", 25_104, "scip", "optimal", 25_900, 1);

        Reference merged = GapReferences.merge(first, second);

        assertThat(merged.bound()).isEqualTo(25_104);
        assertThat(merged.status()).isEqualTo("optimal");
    }
}
