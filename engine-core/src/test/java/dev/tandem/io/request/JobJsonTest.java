package dev.tandem.io.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.divert.Job;
import dev.tandem.network.InvalidInputException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;

class JobJsonTest {

    private static final NetworkSnapshot NETWORK = SampleNetworks.southChina();

    @Test
    void readsJobsWithDefaults() {
        List<Job> jobs = read("""
                {"formatVersion": 1, "jobs": [
                  {"id": "J1", "store": "SZ", "durationHours": 2.5, "skill": "BODY_PAINT"},
                  {"id": "J2", "store": "SZ", "durationHours": 1, "skill": "HV_SYSTEM",
                   "booked": "2026-11-27T14:00:00+08:00", "maxDriveMinutes": 45, "vip": true}
                ]}""");

        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).bayMinutes()).isEqualTo(150);
        assertThat(jobs.get(0).isWalkIn()).isTrue();
        assertThat(jobs.get(0).maxDrive().toMinutes()).isEqualTo(60);
        assertThat(jobs.get(1).vip()).isTrue();
        assertThat(jobs.get(1).maxDrive().toMinutes()).isEqualTo(45);
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> read("""
                {"formatVersion": 1, "jobs": [
                  {"id": "J1", "store": "SZ", "durationHours": 2, "skill": "BODY_PAINT"},
                  {"id": "J1", "store": "XX", "durationHours": 2, "skill": "BODY_PAINT"},
                  {"id": "J3", "store": "SZ", "durationHours": 2, "skill": "body paint"},
                  {"id": "J4", "store": "SZ", "durationHours": -1, "skill": "GENERAL", "maxDriveMinutes": 0},
                  {"id": "J5", "store": "SZ", "skill": "GENERAL", "colour": "red"}
                ]}"""))
                .withMessageStartingWith("The job file (")
                .satisfies(e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "jobs[1].id: duplicate job id \"J1\" (first at jobs[0])",
                        "jobs[2].skill: \"body paint\" is not a skill code, such as HV_SYSTEM",
                        "jobs[3].durationHours: -1 is negative",
                        "jobs[3].maxDriveMinutes: 0 must be from 1 to 600",
                        "jobs[4].colour: unknown field; expected one of id, store, durationHours, skill, booked, "
                                + "maxDriveMinutes, vip",
                        "jobs[4].durationHours: is required"));
    }

    @Test
    void generatedJobsSurviveARoundTrip() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(30, 10, 120, 3L));
        List<Job> jobs = JobGenerator.generate(network, 200, 1.2, 3L);

        assertThat(JobJson.read(JobJson.toJson(jobs).getBytes(StandardCharsets.UTF_8), "jobs.json", network))
                .isEqualTo(jobs);
        assertThat(jobs).hasSize(200);
    }

    private static List<Job> read(String json) {
        return JobJson.read(json.getBytes(StandardCharsets.UTF_8), "jobs.json", NETWORK);
    }
}
