package dev.tandem.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * Three stores of the Pearl River Delta with one part: Guangzhou holds 5 headlamps (1 reserved), Dongguan 3,
 * Shenzhen none; Dongguan has a T3 battery technician. Events are built from Monday 2026-11-23 09:00 (week 48).
 */
public final class LedgerFixtures {

    public static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");
    public static final StoreId SZ = StoreId.of("SZ");
    public static final StoreId GZ = StoreId.of("GZ");
    public static final StoreId DG = StoreId.of("DG");
    public static final PartNumber LAMP = PartNumber.of("HL-FL");
    public static final TechnicianId WANG = TechnicianId.of("T014");

    private LedgerFixtures() {
    }

    public static NetworkSnapshot network() {
        return network(5);
    }

    /** The network with {@code lampsAtGuangzhou} headlamps at Guangzhou, one of them reserved. */
    public static NetworkSnapshot network(int lampsAtGuangzhou) {
        return NetworkSnapshot.builder().asOf(MONDAY.plusDays(4))
                .addStore(Store.of("SZ", "Shenzhen", "PRD", 22.5431, 114.0579, 30))
                .addStore(Store.of("GZ", "Guangzhou", "PRD", 23.1291, 113.2644, 25))
                .addStore(Store.of("DG", "Dongguan", "PRD", 23.0205, 113.7518, 20))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                .addStock(new StockLevel(GZ, LAMP, lampsAtGuangzhou, 1, 1, 0.2, Optional.empty()))
                .addStock(new StockLevel(DG, LAMP, 3, 0, 1, 0.1, Optional.empty()))
                .addTechnician(Technician.of("T014", "Wang Qiang", "DG", Level.T3, Set.of(Skill.HV_SYSTEM),
                        TechnicianStatus.ON_DUTY, List.of()))
                .build();
    }

    public static OffsetDateTime minutes(long minutes) {
        return MONDAY.plusMinutes(minutes);
    }

    public static LedgerEvent.Requested transfer(String id, StoreId from, StoreId to, int quantity,
            long atMinute) {
        return new LedgerEvent.Requested(minutes(atMinute),
                new Transfer(RequestId.of(id), from, to, LAMP, quantity, true));
    }

    public static LedgerEvent.Requested support(String id, long atMinute) {
        return new LedgerEvent.Requested(minutes(atMinute), new SupportTrip(RequestId.of(id), SZ, DG, WANG,
                LocalDate.of(2026, 11, 27), 72));
    }

    public static LedgerEvent.Requested diversion(String id, long atMinute) {
        return new LedgerEvent.Requested(minutes(atMinute), new Diversion(RequestId.of(id), SZ, DG,
                Money.ofYuan(200)));
    }

    public static LedgerEvent.Accepted accepted(String id, long atMinute) {
        return new LedgerEvent.Accepted(minutes(atMinute), RequestId.of(id));
    }

    public static LedgerEvent.Refused refused(String id, long atMinute) {
        return new LedgerEvent.Refused(minutes(atMinute), RequestId.of(id), "needed for our own job");
    }

    public static LedgerEvent.Shipped shipped(String id, int units, long atMinute) {
        return new LedgerEvent.Shipped(minutes(atMinute), RequestId.of(id), units);
    }

    public static LedgerEvent.Received received(String id, int units, long atMinute) {
        return new LedgerEvent.Received(minutes(atMinute), RequestId.of(id), units);
    }

    public static LedgerEvent.Started started(String id, long atMinute) {
        return new LedgerEvent.Started(minutes(atMinute), RequestId.of(id));
    }

    public static LedgerEvent.Completed completed(String id, double satisfaction, long atMinute) {
        return new LedgerEvent.Completed(minutes(atMinute), RequestId.of(id), true, OptionalDouble.of(satisfaction));
    }

    public static LedgerEvent.Settled settled(String id, long yuan, long atMinute) {
        return new LedgerEvent.Settled(minutes(atMinute), RequestId.of(id), Money.ofYuan(yuan));
    }

    /** A whole transfer of {@code quantity} from Guangzhou to Shenzhen: requested, accepted, shipped, received. */
    public static List<LedgerEvent> deliveredTransfer(String id, int quantity, long atMinute) {
        return List.of(transfer(id, GZ, SZ, quantity, atMinute), accepted(id, atMinute + 5),
                shipped(id, quantity, atMinute + 15), received(id, quantity, atMinute + 90));
    }
}
