package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

class RequestGeneratorTest {

    private static final NetworkSnapshot NETWORK = NetworkGenerator.generate(GeneratorSpec.of(60, 10, 300, 4L));

    @Test
    void sameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        assertThat(RequestGenerator.generate(NETWORK, 200, 1)).isEqualTo(RequestGenerator.generate(NETWORK, 200, 1))
                .isNotEqualTo(RequestGenerator.generate(NETWORK, 200, 2));
    }

    @Test
    void requestsAreNumberedAndValid() {
        List<SupportRequest> requests = RequestGenerator.generate(NETWORK, 2_000, 3);

        assertThat(requests).hasSize(2_000);
        assertThat(requests.get(0).id().value()).isEqualTo("R0001");
        assertThat(requests.get(1_999).id().value()).isEqualTo("R2000");
        Set<Skill> skills = NETWORK.technicians().stream().flatMap(t -> t.skills().stream())
                .collect(Collectors.toSet());
        LocalDate today = NETWORK.today();
        assertThat(requests).allSatisfy(request -> {
            assertThat(NETWORK.findStore(request.store())).isPresent();
            assertThat(skills).contains(request.skill());
            assertThat(request.earliest()).isBetween(today.plusDays(1), today.plusDays(10));
            assertThat(request.latest()).isBetween(request.earliest(), request.earliest().plusDays(4));
            assertThat(request.duration()).isBetween(Duration.ofHours(2), Duration.ofHours(8));
            assertThat(request.duration().toMinutesPart()).isZero();
            assertThat(request.priority()).isBetween(1, 5);
            assertThat(request.pinnedDate()).isEmpty();
        });
    }

    @Test
    void sharesFollowTheSpec() {
        List<SupportRequest> requests = RequestGenerator.generate(NETWORK, 10_000, 5);

        Map<Level, Long> levels = requests.stream()
                .collect(Collectors.groupingBy(SupportRequest::minimumLevel, Collectors.counting()));
        assertThat(levels.get(Level.T1)).isBetween(3_700L, 4_300L);
        assertThat(levels.get(Level.T2)).isBetween(3_700L, 4_300L);
        assertThat(levels.get(Level.T3)).isBetween(1_750L, 2_250L);
        assertThat(requests.stream().filter(SupportRequest::urgent).count()).isBetween(850L, 1_150L);
        assertThat(requests.stream().filter(r -> r.pinnedTechnician().isPresent()).count())
                .as("3 %, less the few with nobody qualified").isBetween(200L, 360L);
        assertThat(requests.stream().map(SupportRequest::priority).distinct()).hasSize(5);
        assertThat(requests.stream().map(r -> r.duration().toHours()).distinct()).hasSize(7);
    }

    @Test
    void pinsAQualifiedTechnicianOfAnotherStore() {
        Map<String, Technician> byId = NETWORK.technicians().stream()
                .collect(Collectors.toMap(t -> t.id().value(), Function.identity()));

        List<SupportRequest> pinned = RequestGenerator.generate(NETWORK, 5_000, 6).stream()
                .filter(r -> r.pinnedTechnician().isPresent()).toList();

        assertThat(pinned).isNotEmpty().allSatisfy(request -> {
            Technician technician = byId.get(request.pinnedTechnician().orElseThrow().value());
            assertThat(technician.isQualifiedFor(request.skill(), request.minimumLevel())).isTrue();
            assertThat(technician.store()).isNotEqualTo(request.store());
            assertThat(technician.status()).isNotEqualTo(TechnicianStatus.LEAVE);
        });
    }

    @Test
    void rejectsANegativeCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> RequestGenerator.generate(NETWORK, -1, 1))
                .withMessageContaining("(-1)");
    }
}
