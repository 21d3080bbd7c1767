package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.AssignmentProblem;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class AssignmentGeneratorTest {

    @Test
    void theSameSeedGivesTheSameInstanceOfEveryType() {
        for (Kind kind : Kind.values()) {
            AssignmentProblem first = AssignmentGenerator.generate(kind, 4, 30, 9L);
            AssignmentProblem second = AssignmentGenerator.generate(kind, 4, 30, 9L);

            for (int item = 0; item < 30; item++) {
                for (int bin = 0; bin < 4; bin++) {
                    assertThat(first.cost(item, bin)).isEqualTo(second.cost(item, bin));
                    assertThat(first.load(item, bin)).isEqualTo(second.load(item, bin));
                }
            }
            for (int bin = 0; bin < 4; bin++) {
                assertThat(first.capacity(bin)).isEqualTo(second.capacity(bin));
            }
        }
    }

    @Test
    void typeBHasSeventyPercentOfTypeAsCapacityOnTheSameLoadsAndCosts() {
        AssignmentProblem a = AssignmentGenerator.generate(Kind.A, 5, 100, 2L);
        AssignmentProblem b = AssignmentGenerator.generate(Kind.B, 5, 100, 2L);

        assertThat(b.cost(17, 3)).isEqualTo(a.cost(17, 3));
        assertThat(b.load(17, 3)).isEqualTo(a.load(17, 3));
        assertThat((double) b.capacity(0)).isCloseTo(0.7 * a.capacity(0), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void typeCAndDHaveEightyPercentOfTheMeanLoadPerBin() {
        for (Kind kind : new Kind[] {Kind.C, Kind.D}) {
            AssignmentProblem problem = AssignmentGenerator.generate(kind, 4, 50, 5L);
            for (int bin = 0; bin < 4; bin++) {
                long total = 0;
                for (int item = 0; item < 50; item++) {
                    total += problem.load(item, bin);
                }
                assertThat(problem.capacity(bin)).isEqualTo(total * 8 / 40);
            }
        }
    }

    @Test
    void theInverseTypeCostsMoreWhereTheLoadIsLess() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.E, 10, 200, 4L);
        long lightCosts = 0;
        long heavyCosts = 0;
        int light = 0;
        int heavy = 0;
        for (int item = 0; item < 200; item++) {
            for (int bin = 0; bin < 10; bin++) {
                if (problem.load(item, bin) <= 3) {
                    lightCosts += problem.cost(item, bin);
                    light++;
                } else if (problem.load(item, bin) >= 20) {
                    heavyCosts += problem.cost(item, bin);
                    heavy++;
                }
                assertThat(problem.load(item, bin)).isPositive();
            }
        }
        assertThat(light).isPositive();
        assertThat(heavy).isPositive();
        assertThat((double) lightCosts / light).isGreaterThan(5.0 * heavyCosts / heavy);
    }
}
