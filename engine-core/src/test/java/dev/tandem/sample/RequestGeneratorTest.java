package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;

class RequestGeneratorTest {

    private static final NetworkSnapshot NETWORK = NetworkGenerator.generate(
            new GeneratorSpec(60, 50, 240, 14, 5L, GeneratorSpec.DEFAULT_AS_OF));

    @Test
    void sameSeedGivesTheSameRequests() {
        assertThat(RequestGenerator.generate(NETWORK, 200, 9L, 14))
                .isEqualTo(RequestGenerator.generate(NETWORK, 200, 9L, 14))
                .isNotEqualTo(RequestGenerator.generate(NETWORK, 200, 10L, 14));
    }

    @Test
    void requestsAreWithinTheirRanges() {
        List<SupportRequest> requests = RequestGenerator.generate(NETWORK, 1_000, 1L, 14);
        Set<Skill> networkSkills = NETWORK.technicians().stream().flatMap(t -> t.skills().stream())
                .collect(Collectors.toSet());

        assertThat(requests).hasSize(1_000).allSatisfy(request -> {
            assertThat(request.earliest()).isAfter(NETWORK.today())
                    .isBeforeOrEqualTo(NETWORK.today().plusDays(10));
            assertThat(request.latest()).isAfterOrEqualTo(request.earliest())
                    .isBeforeOrEqualTo(request.earliest().plusDays(4))
                    .isBeforeOrEqualTo(NETWORK.today().plusDays(14));
            assertThat(request.duration()).isBetween(Duration.ofHours(2), Duration.ofHours(8));
            assertThat(request.priority()).isBetween(1, 5);
            assertThat(networkSkills).contains(request.skill());
            assertThat(NETWORK.findStore(request.store())).isPresent();
        });
        assertThat(requests.stream().map(SupportRequest::id).distinct()).hasSize(1_000);
        assertThat(requests.stream().map(SupportRequest::minimumLevel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Level.values());
        assertThat(requests.stream().filter(SupportRequest::urgent).count()).isBetween(60L, 140L);
    }

    @Test
    void pinnedRequestsNameAQualifiedTechnicianOfAnotherStoreFreeOnTheDay() {
        List<SupportRequest> pinned = RequestGenerator.generate(NETWORK, 1_000, 2L, 14).stream()
                .filter(request -> request.pinnedTechnician().isPresent()).toList();

        assertThat(pinned).hasSizeBetween(5, 60).allSatisfy(request -> {
            Technician technician = NETWORK.findTechnician(request.pinnedTechnician().orElseThrow()).orElseThrow();
            assertThat(technician.isQualifiedFor(request.skill(), request.minimumLevel())).isTrue();
            assertThat(technician.store()).isNotEqualTo(request.store());
            assertThat(request.pinnedDate().orElseThrow()).isBetween(request.earliest(), request.latest());
            assertThat(technician.supportWindows())
                    .anyMatch(window -> window.from().toLocalDate().equals(request.pinnedDate().orElseThrow()));
        });
    }

    @Test
    void refusesANegativeCountOrHorizon() {
        assertThatIllegalArgumentException().isThrownBy(() -> RequestGenerator.generate(NETWORK, -1, 1L, 14))
                .withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> RequestGenerator.generate(NETWORK, 1, 1L, 0))
                .withMessageContaining("horizonDays (0)");
    }
}
