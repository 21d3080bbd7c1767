package dev.tandem.match;

import static dev.tandem.match.MatchFixtures.A;
import static dev.tandem.match.MatchFixtures.B;
import static dev.tandem.match.MatchFixtures.C;
import static dev.tandem.match.MatchFixtures.E;
import static dev.tandem.match.MatchFixtures.R;
import static dev.tandem.match.MatchFixtures.day;
import static dev.tandem.match.MatchFixtures.technician;
import static dev.tandem.match.MatchFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

class TechnicianMatcherTest {

    private static final TimeWindow FRIDAY = window("2026-11-27T08:00:00+08:00", "2026-11-27T18:00:00+08:00");
    private static final TimeWindow FRIDAY_AFTERNOON =
            window("2026-11-27T13:00:00+08:00", "2026-11-27T17:00:00+08:00");
    private static final TechnicianRequest BATTERY_FAULT =
            TechnicianRequest.of(R, Skill.HV_SYSTEM, Level.T2, FRIDAY_AFTERNOON);

    private static TechnicianMatch match(LiveNetwork live, TechnicianRequest request) {
        TechnicianMatch indexed = new IndexedTechnicianMatcher(live, MatchSettings.DEFAULT).match(request);
        TechnicianMatch scanning = new ScanningTechnicianMatcher(live, MatchSettings.DEFAULT).match(request);
        assertThat(indexed).as("indexed and scanning matchers agree").isEqualTo(scanning);
        return indexed;
    }

    private static List<String> names(TechnicianMatch match) {
        return match.options().stream().map(option -> option.technician().id().value()).toList();
    }

    private static NetworkSnapshot.Builder network() {
        return MatchFixtures.line()
                .addCapacity(day(A, 20, 10)).addCapacity(day(B, 20, 10)).addCapacity(day(C, 20, 10))
                .addCapacity(day(E, 20, 10));
    }

    @Test
    void ranksQualifiedTechniciansOfOtherStoresByDriveThenLowestSufficientLevel() {
        LiveNetwork live = LiveNetwork.of(network()
                .addTechnician(technician("home", R, Level.T3, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("c3", C, Level.T3, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("c2", C, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("a1", A, Level.T1, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("b2", B, Level.T2, Skill.BODY_PAINT, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("e3", E, Level.T3, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        TechnicianMatch match = match(live, BATTERY_FAULT);

        assertThat(names(match)).containsExactly("c2", "c3", "e3");
        assertThat(match.options().get(0).band()).isEqualTo(SubsidyBand.REGIONAL);
        assertThat(match.options().get(0).subsidy()).isEqualTo(Money.ofYuan(500));
        assertThat(match.options().get(2).band()).isEqualTo(SubsidyBand.FAR);
        assertThat(match.options().get(0).reason()).startsWith("Tech c2 (T2, Store C): ")
                .endsWith("subsidy 500.00 CNY plus travel and lodging");
        assertThat(match.misses()).isEmpty();
    }

    @Test
    void nearTripsGetTheFlatSubsidy() {
        LiveNetwork live = LiveNetwork.of(network()
                .addTechnician(technician("a2", A, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        TechnicianOption option = match(live, BATTERY_FAULT).options().get(0);

        assertThat(option.band()).isEqualTo(SubsidyBand.NEAR);
        assertThat(option.subsidy()).isEqualTo(Money.ofYuan(300));
        assertThat(option.reason()).doesNotContain("travel and lodging");
    }

    @Test
    void neverLendsFromAStoreOverloadedThatDay() {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line()
                .addCapacity(day(A, 20, 20)).addCapacity(day(B, 20, 10))
                .addTechnician(technician("a2", A, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("b2", B, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        assertThat(names(match(live, BATTERY_FAULT))).containsExactly("b2");

        live.book(B, MatchFixtures.TODAY, 10);

        TechnicianMatch none = match(live, BATTERY_FAULT);
        assertThat(none.options()).isEmpty();
        assertThat(none.misses()).extracting(Rejection::rule).startsWith(Rule.HOME_STORE_OVERLOADED,
                Rule.HOME_STORE_OVERLOADED);
    }

    @Test
    void skipsTechniciansOnLeaveOutsideTheirWindowsOrAlreadyBooked() {
        LiveNetwork live = LiveNetwork.of(network()
                .addTechnician(technician("a2", A, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .addTechnician(technician("b2", B, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY,
                        window("2026-11-27T08:00:00+08:00", "2026-11-27T12:00:00+08:00")))
                .addTechnician(technician("c2", C, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        live.setStatus(TechnicianId.of("a2"), TechnicianStatus.LEAVE);
        live.bookTrip(TechnicianId.of("c2"), window("2026-11-27T16:00:00+08:00", "2026-11-27T18:00:00+08:00"));

        TechnicianMatch match = match(live, BATTERY_FAULT);
        assertThat(match.options()).isEmpty();
        assertThat(match.misses()).extracting(Rejection::rule)
                .containsExactly(Rule.ON_LEAVE, Rule.NO_SUPPORT_WINDOW, Rule.ALREADY_BOOKED, Rule.LACKS_SKILL,
                        Rule.LACKS_SKILL);
        assertThat(match.misses().get(0)).hasToString("Store A (A) a2: ON_LEAVE, Tech a2 is on leave");

        live.cancelTrip(TechnicianId.of("c2"), window("2026-11-27T16:00:00+08:00", "2026-11-27T18:00:00+08:00"));
        assertThat(names(match(live, BATTERY_FAULT))).containsExactly("c2");
    }

    @Test
    void explainsLevelAndSkillGaps() {
        LiveNetwork live = LiveNetwork.of(network()
                .addTechnician(technician("a1", A, Level.T1, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        TechnicianMatch match = match(live, TechnicianRequest.of(R, Skill.HV_SYSTEM, Level.T3, FRIDAY_AFTERNOON));

        assertThat(match.misses()).first().hasToString(
                "Store A (A): LEVEL_TOO_LOW, its best with HV_SYSTEM is T1, below T3");
        assertThat(match.misses().get(1).rule()).isEqualTo(Rule.LACKS_SKILL);
    }

    @Test
    void aTechnicianAwayOnSupportTodayIsNotOfferedForToday() {
        LiveNetwork live = LiveNetwork.of(network()
                .addTechnician(technician("a2", A, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_SUPPORT, FRIDAY))
                .addTechnician(technician("b2", B, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());

        assertThat(names(match(live, BATTERY_FAULT))).containsExactly("b2");
    }

    @Test
    void overloadFollowsTheConfiguredThresholdLikeTheCapacityMonitor() {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line()
                .addCapacity(day(A, 50, 55))
                .addTechnician(technician("a2", A, Level.T2, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY, FRIDAY))
                .build());
        MatchSettings lenient = MatchSettings.DEFAULT.withThresholds(new dev.tandem.model.LoadThresholds(1.1, 0.7));

        assertThat(new IndexedTechnicianMatcher(live, lenient).match(BATTERY_FAULT).options()).isEmpty();
        assertThat(new IndexedTechnicianMatcher(live, MatchSettings.DEFAULT.withThresholds(
                new dev.tandem.model.LoadThresholds(1.2, 0.7))).match(BATTERY_FAULT).options()).hasSize(1);
    }
}
