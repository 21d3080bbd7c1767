package dev.tandem.ledger;

import static dev.tandem.ledger.LedgerFixtures.DG;
import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.LAMP;
import static dev.tandem.ledger.LedgerFixtures.MONDAY;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.completed;
import static dev.tandem.ledger.LedgerFixtures.deliveredTransfer;
import static dev.tandem.ledger.LedgerFixtures.diversion;
import static dev.tandem.ledger.LedgerFixtures.minutes;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.received;
import static dev.tandem.ledger.LedgerFixtures.refused;
import static dev.tandem.ledger.LedgerFixtures.settled;
import static dev.tandem.ledger.LedgerFixtures.shipped;
import static dev.tandem.ledger.LedgerFixtures.started;
import static dev.tandem.ledger.LedgerFixtures.support;
import static dev.tandem.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.NetworkSnapshot;

class LedgerTest {

    private static final RequestId TR1 = RequestId.of("TR1");

    private final RecordedLog log = new RecordedLog();

    private Ledger ledgerWith(List<? extends LedgerEvent> events) {
        Ledger ledger = Ledger.of(network(), log);
        events.forEach(ledger::apply);
        return ledger;
    }

    @Test
    void aTransferMovesStockThroughItsLifeCycleWithTheTimeOfEachStep() {
        Ledger ledger = Ledger.of(network());

        ledger.apply(transfer("TR1", GZ, SZ, 2, 0));
        ledger.apply(accepted("TR1", 5));
        assertThat(ledger.onHand(GZ, LAMP)).isEqualTo(5);
        ledger.apply(shipped("TR1", 2, 15));
        assertThat(ledger.onHand(GZ, LAMP)).isEqualTo(3);
        assertThat(ledger.onHand(SZ, LAMP)).isZero();
        assertThat(ledger.state().unitsInTransit()).isEqualTo(2);
        ledger.apply(received("TR1", 2, 90));
        ledger.apply(settled("TR1", 50, 24 * 60));

        LedgerEntry entry = ledger.entry(TR1).orElseThrow();
        assertThat(entry.status()).isEqualTo(Status.SETTLED);
        assertThat(entry.at(Status.ACCEPTED)).contains(minutes(5));
        assertThat(entry.at(Status.IN_PROGRESS)).contains(minutes(15));
        assertThat(entry.answerTime()).contains(Duration.ofMinutes(5));
        assertThat(entry.fulfilmentTime()).contains(Duration.ofMinutes(90));
        assertThat(entry.paid()).contains(Money.ofYuan(50));
        assertThat(ledger.onHand(GZ, LAMP)).isEqualTo(3);
        assertThat(ledger.onHand(SZ, LAMP)).isEqualTo(2);
        assertThat(ledger.state().unitsInTransit()).isZero();
    }

    @Test
    void supportTripsAndDiversionsStartAndCompleteWithoutTouchingStock() {
        Ledger ledger = ledgerWith(List.of(support("SP1", 0), accepted("SP1", 30), started("SP1", 4 * 24 * 60),
                completed("SP1", 9.5, 4 * 24 * 60 + 240), diversion("DV1", 60), refused("DV1", 65)));

        LedgerEntry trip = ledger.entry(RequestId.of("SP1")).orElseThrow();
        assertThat(trip.status()).isEqualTo(Status.DONE);
        assertThat(trip.completion().orElseThrow().satisfaction()).isEqualTo(OptionalDouble.of(9.5));
        assertThat(trip.request().helper()).isEqualTo(DG);
        LedgerEntry diverted = ledger.entry(RequestId.of("DV1")).orElseThrow();
        assertThat(diverted.status()).isEqualTo(Status.REFUSED);
        assertThat(diverted.refusalReason()).contains("needed for our own job");
        assertThat(ledger.state().unitsOnHand()).isEqualTo(8);
    }

    @Test
    void applyingEveryEventASecondTimeChangesNothing() {
        List<LedgerEvent> events = new ArrayList<>(deliveredTransfer("TR1", 2, 0));
        events.add(settled("TR1", 50, 600));
        Ledger ledger = ledgerWith(events);
        LedgerState before = ledger.state();

        for (LedgerEvent event : events) {
            assertThat(ledger.apply(event)).as("%s again", event).isFalse();
        }

        assertThat(ledger.state()).isEqualTo(before);
        assertThat(log.events()).isEqualTo(events);
        assertThat(ledger.eventCount()).isEqualTo(events.size());
    }

    @Test
    void aDifferentEventForAStepAlreadyTakenIsRejected() {
        Ledger ledger = ledgerWith(deliveredTransfer("TR1", 2, 0));
        LedgerState before = ledger.state();

        assertThatThrownBy(() -> ledger.apply(transfer("TR1", DG, SZ, 1, 200)))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("The request (TR1) took its REQUESTED step already")
                .hasMessageContaining("use a new request id");
        assertThatThrownBy(() -> ledger.apply(accepted("TR1", 7))).isInstanceOf(LedgerException.class);
        assertThat(ledger.state()).isEqualTo(before);
    }

    @Test
    void settlingARefusedRequestIsRejectedAndChangesNothing() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 2, 0), refused("TR1", 10)));
        LedgerState before = ledger.state();
        List<LedgerEvent> logged = log.events();

        assertThatExceptionOfType(LedgerException.class).isThrownBy(() -> ledger.apply(settled("TR1", 50, 60)))
                .withMessageContaining("The request (TR1, TRANSFER) is REFUSED and cannot become SETTLED.")
                .withMessageContaining("A REFUSED request is final")
                .satisfies(e -> assertThat(e.request()).isEqualTo(TR1));
        assertThat(ledger.state()).isEqualTo(before);
        assertThat(log.events()).isEqualTo(logged);
    }

    @Test
    void skippingAStepIsRejectedWithTheStepsThatArePossible() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 2, 0)));

        assertThatThrownBy(() -> ledger.apply(shipped("TR1", 2, 10)))
                .hasMessageContaining("is REQUESTED and cannot become IN_PROGRESS")
                .hasMessageContaining("From REQUESTED it can only become ACCEPTED or REFUSED.");
        assertThat(ledger.onHand(GZ, LAMP)).isEqualTo(5);
    }

    @Test
    void receivingMoreThanWasSentIsRejectedAndChangesNothing() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 2, 0), accepted("TR1", 5), shipped("TR1", 2, 15)));
        LedgerState before = ledger.state();

        assertThatThrownBy(() -> ledger.apply(received("TR1", 3, 90)))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("The request (TR1) shipped 2 units; 3 cannot be received.");
        assertThat(ledger.state()).isEqualTo(before);
        assertThat(ledger.onHand(SZ, LAMP)).isZero();
    }

    @Test
    void aShortDeliveryRecordsTheMissingUnitsAsLost() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 2, 0), accepted("TR1", 5), shipped("TR1", 2, 15),
                received("TR1", 1, 90)));

        LedgerState state = ledger.state();
        assertThat(state.onHand(SZ, LAMP)).isEqualTo(1);
        assertThat(state.unitsLost()).isEqualTo(1);
        assertThat(state.unitsOnHand() + state.unitsInTransit() + state.unitsLost()).isEqualTo(8);
    }

    @Test
    void shippingMoreThanTheFreeStockIsRejected() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 5, 0), accepted("TR1", 5)));

        assertThatThrownBy(() -> ledger.apply(shipped("TR1", 5, 15)))
                .hasMessageContaining("The store (GZ) has 4 free units of part (HL-FL); request (TR1) ships 5.");
        assertThatThrownBy(() -> ledger.apply(shipped("TR1", 6, 15)))
                .hasMessageContaining("asks for 5 units of part (HL-FL); 6 cannot be shipped");
        assertThat(ledger.apply(shipped("TR1", 4, 15))).isTrue();
        assertThat(ledger.onHand(GZ, LAMP)).isEqualTo(1);
    }

    @Test
    void eventsMustFollowTheirRequestInTime() {
        Ledger ledger = ledgerWith(List.of(transfer("TR1", GZ, SZ, 2, 60)));

        assertThatThrownBy(() -> ledger.apply(accepted("TR1", 30)))
                .hasMessageContaining("The ACCEPTED event of request (TR1) at 2026-11-23T09:30+08:00 is before "
                        + "its REQUESTED step at 2026-11-23T10:00+08:00.");
        assertThatThrownBy(() -> ledger.apply(accepted("TR9", 90)))
                .hasMessageContaining("There is no request (TR9) for the ACCEPTED event");
    }

    @Test
    void stockEventsApplyOnlyToStockMovementsAndServiceEventsOnlyToTheOthers() {
        Ledger ledger = ledgerWith(List.of(support("SP1", 0), accepted("SP1", 5), transfer("TR1", GZ, SZ, 1, 0),
                accepted("TR1", 5)));

        assertThatThrownBy(() -> ledger.apply(shipped("SP1", 1, 10)))
                .hasMessageContaining("The request (SP1) is a SUPPORT; a Shipped event does not apply to it.");
        assertThatThrownBy(() -> ledger.apply(started("TR1", 10)))
                .hasMessageContaining("is a TRANSFER; a Started event does not apply to it.");
    }

    @Test
    void requestsMustNameStoresPartsAndTechniciansOfTheNetwork() {
        Ledger ledger = Ledger.of(network());

        assertThatThrownBy(() -> ledger.apply(transfer("TR1", StoreId.of("XX"), SZ, 1, 0)))
                .hasMessageContaining("names store (XX), which is not in the network");
        assertThatThrownBy(() -> ledger.apply(new LedgerEvent.Requested(minutes(0),
                new DeadStockRevival(TR1, GZ, SZ, PartNumber.of("NOPE"), 1))))
                .hasMessageContaining("names part (NOPE), which is not in the network's catalogue");
        assertThatThrownBy(() -> ledger.apply(new LedgerEvent.Requested(minutes(0), new SupportTrip(TR1, SZ, GZ,
                TechnicianId.of("T014"), minutes(0).toLocalDate(), 120))))
                .hasMessageContaining("sends technician (T014), who is not a technician of the lending store (GZ)");
        assertThat(ledger.state().records()).isEmpty();
    }

    @Test
    void whenTheLogFailsTheEventIsNotApplied() {
        Ledger ledger = Ledger.of(network(), event -> {
            throw new UncheckedIOException(new IOException("disk full"));
        });

        assertThatThrownBy(() -> ledger.apply(transfer("TR1", GZ, SZ, 2, 0))).hasRootCauseMessage("disk full");
        assertThat(ledger.entry(TR1)).isEmpty();
        assertThat(ledger.eventCount()).isZero();
    }

    @Test
    void anEventWhoseStockCountWouldOverflowIsRejectedBeforeItIsLogged() {
        // a snapshot holds at most 1,000,000 units a row, but enough stores can send one store more than an int
        int stores = 2_148;
        int million = 1_000_000;
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(MONDAY)
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)));
        for (int i = 0; i < stores; i++) {
            builder.addStore(Store.of("S" + i, "Store " + i, "PRD", 22 + i * 0.0001, 114, 30))
                    .addStock(new StockLevel(StoreId.of("S" + i), LAMP, million, 0, 0, 0.1, Optional.empty()));
        }
        NetworkSnapshot network = builder.build();
        Ledger ledger = Ledger.of(network, log);
        for (int i = 1; i < stores - 1; i++) {
            delivered("TR" + i, StoreId.of("S" + i), StoreId.of("S0"), million).forEach(ledger::apply);
        }
        List<LedgerEvent> last = delivered("TR-LAST", StoreId.of("S" + (stores - 1)), StoreId.of("S0"),
                million);
        last.subList(0, 3).forEach(ledger::apply);
        LedgerState before = ledger.state();
        List<LedgerEvent> logged = log.events();

        assertThatExceptionOfType(LedgerException.class).isThrownBy(() -> ledger.apply(last.get(3)))
                .withMessageContaining("The store (S0) holds 2147000000 units of part (HL-FL); receiving 1000000 "
                        + "more for request (TR-LAST) passes the most a stock count can hold (2147483647).");

        assertThat(log.events()).as("nothing logged that was not applied").isEqualTo(logged);
        assertThat(ledger.state()).isEqualTo(before);
        assertThat(Ledger.replay(network, log.events()).state()).isEqualTo(before);
    }

    private static List<LedgerEvent> delivered(String id, StoreId from, StoreId to, int units) {
        RequestId request = RequestId.of(id);
        return List.of(new LedgerEvent.Requested(MONDAY, new Transfer(request, from, to, LAMP, units, false)),
                new LedgerEvent.Accepted(MONDAY, request), new LedgerEvent.Shipped(MONDAY, request, units),
                new LedgerEvent.Received(MONDAY, request, units));
    }

    @Test
    void replayRebuildsTheSameState() {
        List<LedgerEvent> events = new ArrayList<>(deliveredTransfer("TR1", 2, 0));
        events.addAll(List.of(support("SP1", 0), accepted("SP1", 30), diversion("DV1", 60), refused("DV1", 65)));
        Ledger ledger = ledgerWith(events);

        assertThat(Ledger.replay(network(), log.events()).state()).isEqualTo(ledger.state());
    }
}
