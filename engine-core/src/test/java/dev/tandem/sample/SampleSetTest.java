package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.Tandem;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.job.SolveLimits;
import dev.tandem.ledger.Ledger;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.rebalance.RebalancePlan;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every engine gives a non-empty, valid answer on the sample set, so that the docs' examples show something. */
class SampleSetTest {

    private static final SampleSet SAMPLE = SampleSet.southChina();
    private static final SolveLimits LIMITS = SolveLimits.of(Duration.ofSeconds(10));

    @Test
    void theSampleIsTheSameEveryTime() {
        assertThat(SampleSet.southChina()).isEqualTo(SAMPLE);
    }

    @Test
    void everyEngineGivesANonEmptyValidAnswerOnTheSample() {
        try (Tandem tandem = Tandem.of(SAMPLE.network())) {
            RebalancePlan rebalance = tandem.rebalance(LIMITS).result().join();
            assertThat(rebalance.moves()).isNotEmpty();
            assertThat(tandem.validate(SAMPLE.network(), rebalance).violations()).isEmpty();

            DispatchPlan dispatch = tandem.dispatch(SAMPLE.requests(), LIMITS).result().join();
            assertThat(dispatch.trips()).isNotEmpty();
            assertThat(tandem.validate(SAMPLE.network(), SAMPLE.requests(), dispatch).violations()).isEmpty();

            DiversionPlan diversion = tandem.divert(SAMPLE.jobs(), LIMITS).result().join();
            assertThat(diversion.offers()).isNotEmpty();
            assertThat(tandem.validateDiversion(SAMPLE.network(), SAMPLE.jobs(), diversion).violations()).isEmpty();

            CapacityForecast forecast = tandem.forecast(SAMPLE.history());
            assertThat(forecast.stores()).isNotEmpty();
            assertThat(Ledger.replay(SAMPLE.network(), SAMPLE.ledger()).state().entries()).isNotEmpty();
        }
    }

    @Test
    void requestsFindTechniciansAndAStoreFindsReceivers() {
        try (Tandem tandem = Tandem.of(SAMPLE.network())) {
            long requestsWithHelp = SAMPLE.requests().stream().filter(request -> request.earliest()
                    .datesUntil(request.latest().plusDays(1)).anyMatch(day -> {
                        var start = day.atTime(9, 0).atOffset(SAMPLE.network().asOf().getOffset());
                        TimeWindow window = new TimeWindow(start, start.plus(request.duration()));
                        return !tandem.findTechnicians(TechnicianRequest.of(request.store(), request.skill(),
                                request.minimumLevel(), window)).options().isEmpty();
                    })).count();
            assertThat(requestsWithHelp).isPositive();
            assertThat(tandem.findReceivingStores(ReceivingRequest.of(StoreId.of("ZS"), 2.0, Skill.HV_SYSTEM,
                    SAMPLE.network().today())).options()).isNotEmpty();
        }
    }
}
