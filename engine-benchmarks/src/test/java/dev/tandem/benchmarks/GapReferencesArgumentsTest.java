package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class GapReferencesArgumentsTest {

    @Test
    void readsTheFileTheSecondsAndTheInstances() {
        GapReferences.Arguments arguments = GapReferences.Arguments.parse(
                new String[] {"refs.csv", "90", "30", "60", "C:40:800", "E:10:400"});

        assertThat(arguments.file()).isEqualTo(Path.of("refs.csv"));
        assertThat(arguments.cpSatSeconds()).isEqualTo(90);
        assertThat(arguments.timefoldSeconds()).isEqualTo(30);
        assertThat(arguments.mipSeconds()).isEqualTo(60);
        assertThat(arguments.specs()).extracting(LargeGapInstances.Spec::kind).containsExactly(Kind.C, Kind.E);
        assertThat(GapReferences.Arguments.parse(new String[] {"refs.csv", "1", "1", "1"}).specs())
                .isEqualTo(LargeGapInstances.all());
    }

    @Test
    void refusesMissingArgumentsBadSecondsAndBadInstancesByNameAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "1"}))
                .withMessageStartingWith("Expected at least 4 arguments, got 2.").withMessageContaining("Usage:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "ninety", "1", "1"}))
                .withMessageStartingWith("CP_SAT_SECONDS must be a positive whole number of seconds, not (ninety).");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "1", "1", "0"}))
                .withMessageStartingWith("MIP_SECONDS must be a positive whole number of seconds, not (0).");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "1", "1", "1", "F:10:400"}))
                .withMessageContaining("not (F:10:400)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "1", "1", "1", "A:0:400"}))
                .withMessageContaining("not (A:0:400)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GapReferences.Arguments.parse(new String[] {"f", "1", "1", "1", "x".repeat(500)}))
                .satisfies(bad -> assertThat(bad.getMessage()).hasSizeLessThan(400).contains("…"));
    }
}
