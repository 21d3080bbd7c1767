package dev.tandem.sample;

import com.google.common.collect.ImmutableList;
import dev.tandem.divert.Job;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * A network with every document that goes beside it, made to try each engine on: support requests to dispatch,
 * a rush day's jobs to divert, a booking history to forecast from and the collaboration ledger of the weeks before
 * the snapshot. Seeded: the same set every time.
 *
 * @param network the snapshot
 * @param requests support requests for the days after the snapshot
 * @param jobs the snapshot day's jobs, on a rush day (more work than the booked capacity)
 * @param history the booking history of the weeks before the snapshot
 * @param ledger the collaboration ledger's events of the weeks before the snapshot
 */
public record SampleSet(NetworkSnapshot network, List<SupportRequest> requests, List<Job> jobs,
        BookingHistory history, List<LedgerEvent> ledger) {

    /** The support requests in {@link #southChina()}. */
    public static final int REQUESTS = 12;
    /** The jobs in {@link #southChina()}. */
    public static final int JOBS = 300;
    /** The rush of {@link #southChina()}'s day: its load against the booked capacity. */
    public static final double SURGE = 1.3;
    /** The weeks of booking history and of ledger in {@link #southChina()}. */
    public static final int WEEKS = 12;
    /** The seed of every document of {@link #southChina()}. */
    public static final long SEED = 1L;

    public SampleSet {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(history, "history");
        requests = ImmutableList.copyOf(requests);
        jobs = ImmutableList.copyOf(jobs);
        ledger = ImmutableList.copyOf(ledger);
    }

    /** The bundled South China network with its requests, a rush day's jobs, 12 weeks of history and of ledger. */
    public static SampleSet southChina() {
        NetworkSnapshot network = SampleNetworks.southChina();
        return new SampleSet(network, RequestGenerator.generate(network, REQUESTS, SEED),
                JobGenerator.generate(network, JOBS, SURGE, SEED), HistoryGenerator.generate(network, WEEKS, SEED),
                LedgerGenerator.generate(network, WEEKS, SEED));
    }
}
