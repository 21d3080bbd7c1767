package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.assign.AssignmentProblem;

class GapInstancesTest {

    @TempDir
    Path dir;

    @Test
    void readsOrLibraryFormatAgentsAsBinsAndJobsAsItems() throws IOException {
        // 2 agents, 3 jobs; costs by agent, then loads by agent, then capacities.
        Path file = Files.writeString(dir.resolve("gap-tiny"), " 2 3\n 1 2 3\n 4 5 6\n 7 8 9\n 10 11 12\n 20 30\n");

        AssignmentProblem problem = GapInstances.read(file);

        assertThat(problem.binCount()).isEqualTo(2);
        assertThat(problem.itemCount()).isEqualTo(3);
        assertThat(problem.cost(2, 1)).isEqualTo(6);
        assertThat(problem.load(0, 1)).isEqualTo(10);
        assertThat(problem.capacity(1)).isEqualTo(30);
    }

    @Test
    void readsTheBestKnownMinimaByInstanceName() throws IOException {
        Path csv = Files.writeString(dir.resolve("values.csv"), "instance,type,best_known_min,other\n"
                + "chu1997/a05100,a,1698,x\nx/open,d,,y\n");

        assertThat(GapInstances.bestKnown(csv)).containsEntry("chu1997/a05100", OptionalLong.of(1698))
                .containsEntry("x/open", OptionalLong.empty());
    }
}
