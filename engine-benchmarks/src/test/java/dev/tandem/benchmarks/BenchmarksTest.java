package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.match.LiveNetwork;
import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TransferAdvice;
import dev.tandem.model.StockLevel;
import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;

/**
 * Each benchmark sets up and runs on the 15-store network, and the implementations it compares give the same
 * answers to the requests it times. Untimed: the timings are the benchmarks' business.
 */
class BenchmarksTest {

    private static final int STORES = 15;

    /** 200 stores as well: there the transfer advisor takes both of its paths, the holder scan and the walk. */
    @ParameterizedTest(name = "{0} stores")
    @ValueSource(ints = {STORES, 200})
    void matchingBenchmarkComparesImplementationsThatAgreeOnEveryRequest(int stores) {
        MatchingBenchmark benchmark = new MatchingBenchmark();
        benchmark.stores = stores;
        benchmark.setUp();

        List<TransferAdvice> transfers = agreeing(benchmark::transferIndexed, benchmark::transferScanning);
        List<TechnicianMatch> technicians = agreeing(benchmark::technicianIndexed, benchmark::technicianScanning);
        List<ReceivingMatch> receiving = agreeing(benchmark::receivingIndexed, benchmark::receivingScanning);

        // A mix, not one path: most transfers and diversions find options, some transfers end in a split or a miss,
        // and technicians are found for some requests.
        assertThat(transfers).filteredOn(advice -> !advice.options().isEmpty())
                .hasSizeGreaterThan(MatchingBenchmark.REQUESTS / 2);
        assertThat(transfers).anyMatch(advice -> advice.split().isPresent() || !advice.misses().isEmpty());
        assertThat(technicians).anyMatch(match -> !match.options().isEmpty());
        assertThat(receiving).filteredOn(match -> !match.options().isEmpty())
                .hasSizeGreaterThan(MatchingBenchmark.REQUESTS / 2);
    }

    /** Runs both benchmark methods over every request, each with its own cursor, and checks each pair. */
    private static <T> List<T> agreeing(Function<MatchingBenchmark.Cursor, T> indexed,
            Function<MatchingBenchmark.Cursor, T> scanning) {
        MatchingBenchmark.Cursor indexedCursor = new MatchingBenchmark.Cursor();
        MatchingBenchmark.Cursor scanningCursor = new MatchingBenchmark.Cursor();
        List<T> answers = new ArrayList<>(MatchingBenchmark.REQUESTS);
        for (int i = 0; i < MatchingBenchmark.REQUESTS; i++) {
            T answer = indexed.apply(indexedCursor);
            assertThat(answer).as("request %s", i).isEqualTo(scanning.apply(scanningCursor));
            answers.add(answer);
        }
        return answers;
    }

    @Test
    void stockUpdatesLeaveTheStockAsItWasAfterEveryRowAndPairIsDoneAndUndone() {
        StockUpdateBenchmark benchmark = new StockUpdateBenchmark();
        benchmark.stores = STORES;
        benchmark.setUp();
        List<StockLevel> before = benchmark.live.snapshot().stock();

        StockUpdateBenchmark.Cursor rows = new StockUpdateBenchmark.Cursor();
        StockUpdateBenchmark.Cursor pairs = new StockUpdateBenchmark.Cursor();
        for (int i = 0; i < 2 * StockUpdateBenchmark.ROWS; i++) {
            benchmark.receiveOrConsume(rows);
            benchmark.transferThereAndBack(pairs);
        }

        assertThat(benchmark.live.snapshot().stock())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("lastMovement")
                .containsExactlyElementsOf(before);
    }

    /** Both solvers find an optimum of the same cost, and some stock moves while some demand stays unmet. */
    @ParameterizedTest(name = "{0} stores")
    @ValueSource(ints = {50, 500})
    void flowBenchmarkComparesSolversThatAgreeOnTheLeastCost(int stores) {
        FlowBenchmark benchmark = new FlowBenchmark();
        benchmark.stores = stores;
        benchmark.setUp();
        FlowNetwork network = benchmark.network;

        FlowResult orTools = benchmark.orTools();
        FlowResult jgrapht = benchmark.jgrapht();

        assertThat(orTools.isOptimal()).as(orTools.toString()).isTrue();
        assertThat(jgrapht.isOptimal()).as(jgrapht.toString()).isTrue();
        assertThat(orTools.cost()).isEqualTo(jgrapht.cost());
        assertThat(network.nodeCount()).isEqualTo(stores + 1);
        assertThat(network.arcCount()).isBetween(9 * stores, 11 * stores + stores);
        long moved = 0;
        long unmet = 0;
        int slack = stores;
        for (int arc = 0; arc < network.arcCount(); arc++) {
            if (network.arcFrom(arc) != slack && network.arcTo(arc) != slack) {
                moved += orTools.flow(arc);
            } else if (network.arcFrom(arc) == slack) {
                unmet += orTools.flow(arc);
            }
        }
        assertThat(moved).isPositive();
        assertThat(unmet).isPositive();
    }

    @Test
    void indexBuildBenchmarkBuildsTheLiveNetworkOfTheGeneratedNetwork() {
        IndexBuildBenchmark benchmark = new IndexBuildBenchmark();
        benchmark.stores = STORES;
        benchmark.generate();

        LiveNetwork live = benchmark.build();

        assertThat(live.base()).isSameAs(benchmark.network);
        assertThat(live.drives().storeCount()).isEqualTo(STORES);
    }
}
