package dev.tandem.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import com.google.common.collect.ImmutableList;

import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.ServiceLevels;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;

/**
 * The weekly collaboration report (本周协同数据) of the playbook, from the ledger: transfers, support, diversions,
 * the value created, each store's contribution and the week's service level. A plain value: renderers (Markdown,
 * JSON, a dashboard) read it and compute nothing.
 *
 * <p>A record belongs to the week it was requested in (in its own offset), so a week's sections count the same
 * records whatever is done later; points go to the week a record was done in, as in the monthly ranking.
 *
 * @param week the week
 * @param asOf the moment the report was made: open requests are measured against their promises then
 * @param transfers parts sent to stores whose customers waited
 * @param support technicians lent
 * @param diversions customers offered another store
 * @param contributions every store's records done this week and their points, in the snapshot's store order
 * @param serviceLevel the week's requests against the promises
 * @param value what the week's collaboration created: the customers transfers and diversions kept, at their lifetime
 *     value, and what collaboration cost: the compensation of the accepted diversions and what HQ paid for the
 *     transfers and support trips settled so far (freight, subsidies)
 */
public record WeeklyReport(IsoWeek week, OffsetDateTime asOf, Transfers transfers, Support support,
        Diversions diversions, List<StorePoints> contributions, ServiceLevel serviceLevel, ValueCreated value) {

    /**
     * 调拨.
     *
     * @param requested transfers asked for
     * @param done of those, received
     * @param meanResponse mean time from request to parts received, over those done for a waiting customer
     *     (平均响应时间); planned stock moves are not in a hurry
     * @param customersRetained done transfers for which a customer waited (客户留存)
     * @param retainedValue customers retained × lifetime value (价值)
     */
    public record Transfers(int requested, int done, Optional<Duration> meanResponse, int customersRetained,
            Money retainedValue) {

        public Transfers {
            Objects.requireNonNull(meanResponse, "meanResponse");
            Objects.requireNonNull(retainedValue, "retainedValue");
        }
    }

    /**
     * 技师支援.
     *
     * @param requested support trips asked for
     * @param done of those, completed (总次数)
     * @param faultsSolved of those, with the fault solved (解决复杂故障)
     * @param meanSatisfaction the customers' mean score out of 10, one decimal, over those who gave one
     */
    public record Support(int requested, int done, int faultsSolved, Optional<BigDecimal> meanSatisfaction) {

        public Support {
            Objects.requireNonNull(meanSatisfaction, "meanSatisfaction");
        }
    }

    /**
     * 客户分流.
     *
     * @param offered diversions the customers answered
     * @param accepted of those, accepted (总次数)
     * @param acceptanceRate accepted ÷ offered in percent, no decimals (客户接受率)
     * @param served accepted customers served at the receiving store
     * @param compensation the compensation of the accepted diversions (补偿成本)
     * @param retainedValue customers served × lifetime value (留存价值)
     */
    public record Diversions(int offered, int accepted, Optional<BigDecimal> acceptanceRate, int served,
            Money compensation, Money retainedValue) {

        public Diversions {
            Objects.requireNonNull(acceptanceRate, "acceptanceRate");
            Objects.requireNonNull(compensation, "compensation");
            Objects.requireNonNull(retainedValue, "retainedValue");
        }
    }

    public WeeklyReport {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(diversions, "diversions");
        contributions = ImmutableList.copyOf(contributions);
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(value, "value");
    }

    /** The report of {@code week} from the ledger as it stands at {@code asOf}. */
    public static WeeklyReport of(LedgerState ledger, IsoWeek week, OffsetDateTime asOf, ReportSettings settings) {
        Predicate<LedgerEntry> requestedInWeek = entry -> week.contains(entry.requestedAt().toLocalDate());
        List<LedgerEntry> records = ledger.records().stream().filter(requestedInWeek).toList();
        List<StorePoints> contributions = StorePoints.earned(ledger, entry -> entry.at(Status.DONE)
                .filter(done -> week.contains(done.toLocalDate())).isPresent(), settings.incentives());
        ServiceLevel serviceLevel = ServiceLevels.measure(ledger, requestedInWeek, asOf, settings.serviceLevels())
                .network();
        Diversions diversions = diversions(records, settings.lifetimeValue());
        Money paid = records.stream().filter(entry -> entry.kind() != RecordKind.DIVERSION)
                .flatMap(entry -> entry.paid().stream()).reduce(Money.ZERO, Money::plus);
        Transfers transfers = transfers(records, settings.lifetimeValue());
        ValueCreated value = new ValueCreated(transfers.customersRetained() + diversions.served(),
                settings.lifetimeValue(), paid.plus(diversions.compensation()));
        return new WeeklyReport(week, asOf, transfers, support(records), diversions, contributions, serviceLevel,
                value);
    }

    /**
     * What collaboration created this week, by the one definition of {@link ValueCreated#net()}: the customers kept
     * at their lifetime value, less the cost of collaboration.
     */
    public Money valueCreated() {
        return value().net();
    }

    private static Transfers transfers(List<LedgerEntry> records, Money lifetimeValue) {
        List<LedgerEntry> transfers = ofKind(records, RecordKind.TRANSFER);
        List<LedgerEntry> done = transfers.stream().filter(entry -> entry.status().isDone()).toList();
        List<LedgerEntry> urgent = done.stream()
                .filter(entry -> ((Transfer) entry.request()).customerWaiting()).toList();
        return new Transfers(transfers.size(), done.size(),
                ServiceLevel.mean(urgent.stream().flatMap(entry -> entry.fulfilmentTime().stream()).toList()),
                urgent.size(), new ValueCreated(urgent.size(), lifetimeValue, Money.ZERO).gross());
    }

    private static Support support(List<LedgerEntry> records) {
        List<LedgerEntry> trips = ofKind(records, RecordKind.SUPPORT);
        List<LedgerEvent.Completed> completed = trips.stream().flatMap(entry -> entry.completion().stream()).toList();
        OptionalDouble mean = completed.stream().flatMapToDouble(done -> done.satisfaction().stream()).average();
        return new Support(trips.size(), completed.size(),
                (int) completed.stream().filter(LedgerEvent.Completed::resolved).count(),
                mean.isPresent() ? Optional.of(BigDecimal.valueOf(mean.getAsDouble()).setScale(1, RoundingMode.HALF_UP))
                        : Optional.empty());
    }

    private static Diversions diversions(List<LedgerEntry> records, Money lifetimeValue) {
        List<LedgerEntry> diversions = ofKind(records, RecordKind.DIVERSION);
        int offered = (int) diversions.stream().filter(entry -> entry.answeredAt().isPresent()).count();
        List<LedgerEntry> accepted = diversions.stream().filter(entry -> entry.status().wasAccepted()).toList();
        int served = (int) accepted.stream().flatMap(entry -> entry.completion().stream())
                .filter(LedgerEvent.Completed::resolved).count();
        Money compensation = accepted.stream().map(entry -> ((Diversion) entry.request()).compensation())
                .reduce(Money.ZERO, Money::plus);
        Optional<BigDecimal> rate = offered == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100L * accepted.size()).divide(BigDecimal.valueOf(offered), 0,
                        RoundingMode.HALF_UP));
        return new Diversions(offered, accepted.size(), rate, served, compensation,
                new ValueCreated(served, lifetimeValue, compensation).gross());
    }

    private static List<LedgerEntry> ofKind(List<LedgerEntry> records, RecordKind kind) {
        return records.stream().filter(entry -> entry.kind() == kind).toList();
    }
}
