package dev.tandem.examples.cli;

import static dev.tandem.examples.cli.Cli.tandem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.examples.cli.Cli.Run;

/** Skills, stores and parts named in options: by code, id or name, and when unknown, the valid ones. */
class OptionLookupsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownSkillIsExitTwoListingTheNetworksSkills() throws IOException {
        Path network = Cli.southChina(dir);
        Run advise = tandem("advise", network.toString(), "--store", "SZ", "--skill", "BATTERY", "--job-hours", "2");
        Run show = tandem("show", "technicians", network.toString(), "--skill", "BATTERY");

        for (Run run : new Run[] {advise, show}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("unknown skill \"BATTERY\"; the skills of this network's technicians "
                    + "are ADAS, BODY_PAINT, GENERAL, HV_SYSTEM");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aMistypedSkillGetsTheNearestAndAnyCaseIsTheSameSkill() throws IOException {
        Path network = Cli.southChina(dir);
        Run typo = tandem("advise", network.toString(), "--store", "SZ", "--skill", "HV_SYSTM");
        Run lowerCase = tandem("show", "technicians", network.toString(), "--skill", "hv_system");
        Run upperCase = tandem("show", "technicians", network.toString(), "--skill", "HV_SYSTEM");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown skill \"HV_SYSTM\"; did you mean \"HV_SYSTEM\"? The skills");
        assertThat(lowerCase.exitCode()).as(lowerCase.err()).isZero();
        assertThat(lowerCase.out()).isEqualTo(upperCase.out());
    }

    @Test
    void aStoreIsNamedByIdOrByItsDisplayName() throws IOException {
        Path network = Cli.southChina(dir);
        Run byId = tandem("advise", network.toString(), "--store", "SZ", "--part", "HL-FL");
        Run byName = tandem("advise", network.toString(), "--store", "Shenzhen Futian", "--part", "HL-FL");
        Run byLowerCaseName = tandem("show", "capacity", network.toString(), "--store", "shenzhen futian");

        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.out()).isEqualTo(byId.out());
        assertThat(byLowerCaseName.exitCode()).as(byLowerCaseName.err()).isZero();
    }

    @Test
    void aStoreIsNamedByItsChineseNameInAnImportedNetwork() {
        Path csv = Path.of("src/main/resources/csv");
        Path imported = dir.resolve("imported.json");
        assertThat(tandem("import", "--stores", csv.resolve("stores.csv").toString(), "--capacity",
                csv.resolve("capacity.csv").toString(), "--as-of", "2026-11-27T09:00+08:00", "--out",
                imported.toString()).exitCode()).isZero();

        Run byName = tandem("show", "capacity", imported.toString(), "--store", "深圳店");
        Run byId = tandem("show", "capacity", imported.toString(), "--store", "SZ");

        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.out()).isEqualTo(byId.out()).isNotEmpty();
    }

    @Test
    void aMistypedStoreOrPartGetsTheNearest() throws IOException {
        Path network = Cli.southChina(dir);
        Run store = tandem("advise", network.toString(), "--store", "Shenzen Futian", "--part", "HL-FL");
        Run part = tandem("advise", network.toString(), "--store", "SZ", "--part", "HL-FLL");

        assertThat(store.exitCode()).isEqualTo(2);
        assertThat(store.err()).contains("unknown store \"Shenzen Futian\"; did you mean \"Shenzhen Futian\"? "
                + "The stores are SZ, GZ");
        assertThat(part.exitCode()).isEqualTo(2);
        assertThat(part.err()).contains("unknown part \"HL-FLL\"; did you mean \"HL-FL\"? The parts include");
    }
}
