package dev.tandem.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** On random sequences of attempted events, valid and not, the ledger keeps its promises. */
class LedgerPropertiesTest {

    private static NetworkSnapshot network(long seed) {
        return NetworkGenerator.generate(GeneratorSpec.of(5, 4, 8, seed));
    }

    private static long unitsOf(NetworkSnapshot network) {
        return network.stock().stream().mapToLong(StockLevel::onHand).sum();
    }

    /**
     * Attempts {@code operations} random events, checking after each that a rejected or repeated event changed
     * nothing and that every unit is on hand, in transit or lost.
     */
    private static Ledger attempt(NetworkSnapshot network, RecordedLog log, long seed, int operations) {
        Ledger ledger = Ledger.of(network, log);
        RandomOperations random = new RandomOperations(network, seed);
        for (int i = 0; i < operations; i++) {
            LedgerEvent event = random.next(ledger, log.events());
            LedgerState before = ledger.state();
            int logged = log.events().size();
            try {
                boolean applied = ledger.apply(event);
                assertThat(log.events()).hasSize(applied ? logged + 1 : logged);
                assertThat(ledger.eventCount()).isEqualTo(log.events().size());
                if (!applied) {
                    assertThat(ledger.state()).isEqualTo(before);
                }
            } catch (LedgerException e) {
                assertThat(ledger.state()).as("after rejecting %s", event).isEqualTo(before);
                assertThat(log.events()).hasSize(logged);
            }
            LedgerState state = ledger.state();
            assertThat(state.unitsOnHand() + state.unitsInTransit() + state.unitsLost()).isEqualTo(unitsOf(network));
            assertThat(state.onHand().values()).allSatisfy(units -> assertThat(units).isNotNegative());
        }
        return ledger;
    }

    @Property(tries = 200, seed = "20261123")
    void unitsAreConservedAndRejectedEventsChangeNothing(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int operations) {
        Ledger ledger = attempt(network(seed), new RecordedLog(), seed, operations);

        assertThat(ledger.state().records()).isNotEmpty();
    }

    @Property(tries = 200, seed = "20261124")
    void replayOfTheLogRebuildsTheStateAndASecondPassChangesNothing(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int operations) {
        NetworkSnapshot network = network(seed);
        RecordedLog log = new RecordedLog();
        Ledger ledger = attempt(network, log, seed, operations);
        LedgerState state = ledger.state();

        RecordedLog again = new RecordedLog();
        Ledger replayed = Ledger.replay(network, log.events(), again);
        assertThat(replayed.state()).isEqualTo(state);
        String jsonLines = LedgerJson.toJsonLines(log.events());
        assertThat(LedgerJson.read(jsonLines, "ledger.jsonl").replay(network).state()).isEqualTo(state);
        assertThat(replayed.eventCount()).isEqualTo(log.events().size());
        for (LedgerEvent event : log.events()) {
            assertThat(replayed.apply(event)).isFalse();
        }
        assertThat(replayed.state()).isEqualTo(state);
        assertThat(again.events()).as("replay logs nothing again").isEmpty();
    }
}
