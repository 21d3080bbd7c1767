package dev.tandem.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.match.LiveNetwork;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/** Each remedy wins where it should: one small network, one stuck customer each. */
class CustomerAdvisorTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId FAR = StoreId.of("ZJ");
    private static final PartNumber LAMP = PartNumber.of("HL-FL");

    /** Customers leave 10 % past 2 h, 3 % more an hour, at most 60 %; a later date 10 % + 8 % a day. */
    private static final CustomerResponse RESPONSE = new CustomerResponse() {
        @Override
        public double lossOnWait(double hours) {
            return hours <= 2 ? 0 : Math.min(0.6, 0.1 + 0.03 * (hours - 2));
        }

        @Override
        public double lossOnDeferral(double days) {
            return days <= 0 ? 0 : Math.min(0.6, 0.1 + 0.08 * days);
        }

        @Override
        public double acceptance(double driveMinutes, double couponYuan) {
            return Math.max(0, Math.min(0.98, 0.75 - 0.005 * driveMinutes + 0.0005 * couponYuan));
        }
    };

    private static NetworkSnapshot network(boolean dongguanHasHighVoltageExpert) {
        LocalDate visitDay = NOW.toLocalDate().plusDays(3);
        List<TimeWindow> windows = List.of(TimeWindow.of(OffsetDateTime.of(visitDay, LocalTime.of(8, 0),
                NOW.getOffset()), OffsetDateTime.of(visitDay, LocalTime.of(18, 0), NOW.getOffset())));
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(NOW)
                .addStore(Store.of("SZ", "Shenzhen", "PRD", 22.543, 114.058, 30))
                .addStore(Store.of("DG", "Dongguan", "PRD", 22.70, 113.95, 20))
                .addStore(Store.of("ZJ", "Zhanjiang", "West", 21.27, 110.36, 20))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                .addTechnician(Technician.of("T1", "Li", "SZ", Level.T2, Set.of(Skill.GENERAL, Skill.BODY_PAINT),
                        TechnicianStatus.ON_DUTY, List.of()))
                .addTechnician(Technician.of("T2", "Wang", "DG", Level.T3,
                        dongguanHasHighVoltageExpert ? Set.of(Skill.GENERAL, Skill.HV_SYSTEM) : Set.of(Skill.GENERAL),
                        TechnicianStatus.ON_DUTY, windows))
                .addTechnician(Technician.of("T3", "Zhao", "DG", Level.T2, Set.of(Skill.GENERAL, Skill.BODY_PAINT),
                        TechnicianStatus.ON_DUTY, List.of()))
                .addTechnician(Technician.of("T4", "Chen", "ZJ", Level.T2, Set.of(Skill.GENERAL),
                        TechnicianStatus.ON_DUTY, List.of()))
                .addStock(new StockLevel(SZ, LAMP, 0, 0, 0, 0.2, Optional.of(NOW.toLocalDate())))
                .addStock(new StockLevel(DG, LAMP, 4, 0, 1, 0.1, Optional.of(NOW.toLocalDate())))
                .addCapacity(new CapacityDay(SZ, NOW.toLocalDate(), 30, 34))
                .addCapacity(new CapacityDay(DG, NOW.toLocalDate(), 20, 8))
                .addCapacity(new CapacityDay(FAR, NOW.toLocalDate(), 20, 5));
        return builder.build();
    }

    /** Queues of so many hours per store; a store absent from the map cannot do the job. */
    private static Queues queues(Map<StoreId, Double> waits) {
        return (store, customer, readyAfter) -> waits.containsKey(store)
                ? Math.max(readyAfter, waits.get(store)) : Queues.NEVER;
    }

    private static CustomerAdvisor advisor(NetworkSnapshot network, AdviceSettings settings) {
        return new CustomerAdvisor(LiveNetwork.of(network), settings);
    }

    @Test
    void aMissingPartComesByTransferNotByTheWarehouse() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 2, Skill.GENERAL, Level.T1).withPart(LAMP);
        Choice choice = advisor(network(true), AdviceSettings.of(RESPONSE)).advise(customer,
                queues(Map.of(SZ, 0.5, DG, 0.0)));
        assertThat(choice.pick()).isInstanceOf(Option.Transfer.class);
        Option.Transfer transfer = (Option.Transfer) choice.pick();
        assertThat(transfer.source().source().id()).isEqualTo(DG);
        assertThat(transfer.cost()).isEqualTo(transfer.source().freight());
        assertThat(transfer.lossProbability()).isZero();
        assertThat(choice.options()).anySatisfy(option -> {
            assertThat(option).isInstanceOf(Option.Wait.class);
            assertThat(option.hoursToService()).isEqualTo(48);
            assertThat(option.lossProbability()).isEqualTo(0.6);
        });
        assertThat(choice.reason()).startsWith("Pick transfer from Dongguan").contains("below the next best");
    }

    @Test
    void aFaultNobodyHereCanFixGetsAVisitingExpertRatherThanTheFactory() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.HV_SYSTEM, Level.T3);
        Choice choice = advisor(network(true), AdviceSettings.of(RESPONSE).withRemedies(
                Set.of(Remedy.TECHNICIAN_VISIT))).advise(customer, queues(Map.of(DG, 0.0)));
        assertThat(choice.pick()).isInstanceOf(Option.Visit.class);
        Option.Visit visit = (Option.Visit) choice.pick();
        assertThat(visit.technician().technician().name()).isEqualTo("Wang");
        assertThat(visit.start().toLocalDate()).isEqualTo(NOW.toLocalDate().plusDays(3));
        assertThat(visit.lossProbability()).isLessThan(choice.options().get(1).lossProbability());
        assertThat(choice.options().get(1)).isInstanceOf(Option.Escalation.class);
    }

    @Test
    void aCustomerWorthLessThanTheTripGoesToTheFactory() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.HV_SYSTEM, Level.T3);
        AdviceSettings cheap = AdviceSettings.of(RESPONSE).withMoney(Money.ofYuan(1000), Money.ofYuan(200),
                Money.ofYuan(2));
        Choice choice = advisor(network(true), cheap).advise(customer, queues(Map.of()));
        assertThat(choice.pick()).isInstanceOf(Option.Escalation.class);
        assertThat(choice.options()).hasAtLeastOneElementOfType(Option.Visit.class);
    }

    @Test
    void withNoExpertAnywhereTheFactoryIsTheOnlyOption() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.HV_SYSTEM, Level.T3);
        Choice choice = advisor(network(false), AdviceSettings.of(RESPONSE)).advise(customer, queues(Map.of()));
        assertThat(choice.options()).singleElement().isInstanceOf(Option.Escalation.class);
        assertThat(choice.reason()).startsWith("Only option: escalate to the factory");
    }

    @Test
    void aLongQueueSendsTheCustomerToANearbyStoreWithRoom() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.BODY_PAINT, Level.T1);
        Choice choice = advisor(network(true), AdviceSettings.of(RESPONSE)).advise(customer,
                queues(Map.of(SZ, 6.0, DG, 0.0)));
        assertThat(choice.pick()).isInstanceOf(Option.Diversion.class);
        Option.Diversion diversion = (Option.Diversion) choice.pick();
        assertThat(diversion.store().store().id()).isEqualTo(DG);
        assertThat(diversion.fallback()).isInstanceOf(Option.Wait.class);
        assertThat(diversion.compensation()).isGreaterThan(Money.ofYuan(200));
        assertThat(diversion.lossProbability()).isLessThan(diversion.fallback().lossProbability());
    }

    @Test
    void aCustomerMissingAPartIsOfferedANearbyStoreThatHasItAndRoom() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.BODY_PAINT, Level.T1).withPart(LAMP);
        AdviceSettings divertOnly = AdviceSettings.of(RESPONSE).withRemedies(Set.of(Remedy.DIVERSION));
        Choice choice = advisor(network(true), divertOnly).advise(customer, queues(Map.of(SZ, 0.5, DG, 0.0)));
        assertThat(choice.pick()).isInstanceOf(Option.Diversion.class);
        Option.Diversion diversion = (Option.Diversion) choice.pick();
        assertThat(diversion.store().store().id()).isEqualTo(DG);
        assertThat(diversion.hoursToService()).isLessThan(2);
        assertThat(diversion.fallback()).isInstanceOfSatisfying(Option.Wait.class,
                wait -> assertThat(wait.partByWarehouse()).isTrue());

        LiveNetwork noLampNearby = LiveNetwork.of(network(true));
        noLampNearby.consume(DG, LAMP, 4);
        Choice without = new CustomerAdvisor(noLampNearby, divertOnly).advise(customer,
                queues(Map.of(SZ, 0.5, DG, 0.0)));
        assertThat(without.options()).as("a store without the part cannot help")
                .noneMatch(option -> option instanceof Option.Diversion);
    }

    @Test
    void aShortQueueIsWaitedOutWhenEveryOtherStoreIsAsFull() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 3, Skill.BODY_PAINT, Level.T1);
        Choice choice = advisor(network(true), AdviceSettings.of(RESPONSE)).advise(customer,
                queues(Map.of(SZ, 2.5, DG, 2.5)));
        assertThat(choice.pick()).isInstanceOf(Option.Wait.class);
        assertThat(choice.pick().cost()).isEqualTo(Money.ZERO);
    }

    @Test
    void withTheNetworksRemediesOffTheAdvisorDoesWhatAStoreAloneDoes() {
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 2, Skill.GENERAL, Level.T1).withPart(LAMP);
        Choice choice = advisor(network(true), AdviceSettings.of(RESPONSE).withRemedies(Set.of()))
                .advise(customer, queues(Map.of(SZ, 0.5, DG, 0.0)));
        assertThat(choice.options()).singleElement().isInstanceOf(Option.Wait.class);
    }

    @Test
    void aCustomerAtAnUnknownStoreIsRefusedWithItsId() {
        StuckCustomer customer = StuckCustomer.of(StoreId.of("XX"), NOW, 2, Skill.GENERAL, Level.T1);
        assertThatThrownBy(() -> advisor(network(true), AdviceSettings.of(RESPONSE)).advise(customer,
                queues(Map.of()))).hasMessageContaining("XX");
        assertThatThrownBy(() -> StuckCustomer.of(SZ, NOW, 0, Skill.GENERAL, Level.T1))
                .hasMessageContaining("jobHours (0.0)");
    }

    @Test
    void capacityQueuesWaitForTheExcessJobsSharedByTheTechnicians() {
        CapacityQueues queues = new CapacityQueues(LiveNetwork.of(network(true)), 2.0);
        StuckCustomer customer = StuckCustomer.of(SZ, NOW, 2, Skill.GENERAL, Level.T1);
        assertThat(queues.waitHours(SZ, customer, 0)).isEqualTo(4 * 2.0);
        assertThat(queues.waitHours(DG, customer, 0.5)).isEqualTo(0.5);
        assertThat(queues.waitHours(FAR, StuckCustomer.of(FAR, NOW, 2, Skill.ADAS, Level.T1), 0))
                .isEqualTo(Queues.NEVER);
    }
}
