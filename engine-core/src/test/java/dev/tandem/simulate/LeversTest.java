package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/** The booking-time and same-day levers act where the forecast sees one store overloaded beside an idle one. */
class LeversTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");

    /** Two stores 15 km apart, four general technicians each; one booked at 140 %, the other at 30 %. */
    private static NetworkSnapshot overloadedBesideIdle() {
        return twoStores(14);
    }

    /** Two stores 15 km apart, four general technicians each; one booked {@code busy} of 10 jobs, the other 3. */
    private static NetworkSnapshot twoStores(int busy) {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(Store.of("BUSY", "Busy", "PRD", 22.54, 114.06, 10))
                .addStore(Store.of("IDLE", "Idle", "PRD", 22.60, 113.95, 10));
        for (String store : List.of("BUSY", "IDLE")) {
            for (int t = 0; t < 4; t++) {
                builder.addTechnician(Technician.of(store + t, store + " " + t, store, Level.T2,
                        Set.of(Skill.GENERAL), TechnicianStatus.ON_DUTY, List.of()));
            }
            for (int d = 0; d < 7; d++) {
                builder.addCapacity(new CapacityDay(StoreId.of(store), AS_OF.toLocalDate().plusDays(d), 10,
                        store.equals("BUSY") ? busy : 3));
            }
        }
        return builder.build();
    }

    private static final JobMix GENERAL_ONLY = new JobMix(Map.of(Skill.GENERAL, 1.0), Map.of(Level.T1, 1.0));

    private static PolicyOutcome run(NetworkSnapshot network, Policy policy, Set<Lever> levers) {
        SimulationSettings base = SimulationSettings.DEFAULT;
        SimulationSettings settings = new SimulationSettings(2, base.openHour(), base.closeHour(), base.defaultLoad(),
                GENERAL_ONLY, base.behaviour(), base.replenishLeadDays(), base.urgentLeadDays(), base.reviewDays(),
                base.escalationDays(), base.deadStockDays(), base.coupon(), base.ridePerKm(), base.maxDiversionDrive(),
                base.supportDaysPerWeek(), base.customerLifetimeValue(), base.model(), levers);
        return new NetworkSimulator(settings, SimulationEngines.greedy()).run(network, policy, 1,
                SimulationListener.NONE);
    }

    @Test
    void anIdleStoreLendsATechnicianForTheDayAndLongWaitsFall() {
        NetworkSnapshot network = overloadedBesideIdle();
        PolicyOutcome alone = run(network, Policy.ISOLATED, Set.of());
        PolicyOutcome lending = run(network, Policy.NETWORK, EnumSet.of(Lever.SAME_DAY_LENDING));
        assertThat(lending.technicianLoans()).isBetween(1, 14);
        assertThat(lending.subsidies().isNegative()).isFalse();
        assertThat(lending.longWaits()).isLessThan(alone.longWaits());
        assertThat(lending.customers()).isEqualTo(alone.customers());
    }

    @Test
    void bookingsOfTheOverloadedStoreAreSteeredBeforeTheyCome() {
        NetworkSnapshot network = overloadedBesideIdle();
        PolicyOutcome alone = run(network, Policy.ISOLATED, Set.of());
        PolicyOutcome steering = run(network, Policy.NETWORK, EnumSet.of(Lever.BOOKING_STEERING));
        assertThat(steering.bookingOffers()).isPositive();
        assertThat(steering.bookingsSteered()).isPositive().isLessThanOrEqualTo(steering.bookingOffers());
        assertThat(steering.diversionsAccepted()).isEqualTo(steering.bookingsSteered());
        assertThat(steering.longWaits()).isLessThan(alone.longWaits());
        assertThat(steering.customers()).isEqualTo(alone.customers());
    }

    @Test
    void noBookingIsSteeredWhereTheForecastSeesNoStoreOverloaded() {
        PolicyOutcome steering = run(twoStores(6), Policy.NETWORK, EnumSet.of(Lever.BOOKING_STEERING));
        assertThat(steering.customers()).isPositive();
        assertThat(steering.bookingOffers()).isZero();
    }
}
