package dev.tandem.advise;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.match.LiveNetwork;
import dev.tandem.match.ReceivingOption;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.ReceivingStoreMatcher;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianMatcher;
import dev.tandem.match.TechnicianOption;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.match.TransferOption;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.SubsidyPolicy;
import dev.tandem.model.TimeWindow;

/**
 * Weighs every way to help one stuck customer and picks the cheapest by expected cost: what HQ pays, plus the
 * chance of losing the customer times their lifetime value. Waiting is priced at the store's queue (with the part
 * by urgent warehouse order when it is missing); a transfer at the matching core's best sources within the
 * promise; a visit at the cheapest of the first qualified technicians free from the lead days on, with the longer
 * queue it leaves at the technician's own store; a diversion at each receiving
 * store the matching core offers (for a customer whose job needs a part, only the stores with it on the shelf), weighed by the chance the customer takes it and, if not, by what happens then;
 * escalation at the factory's days.
 *
 * <pre>{@code
 * CustomerAdvisor advisor = new CustomerAdvisor(LiveNetwork.of(snapshot), AdviceSettings.of(response));
 * Choice choice = advisor.advise(StuckCustomer.of(StoreId.of("SZ"), now, 3, Skill.BODY_PAINT, Level.T1), queues);
 * }</pre>
 *
 * <p>One call runs one transfer search, up to {@code visitSearchDays + 1} technician searches and one receiving
 * search of the matching core, each walking the nearest stores only. Reads the live network without locking, like
 * the matchers; thread-safe as far as the {@link Queues} given are.
 */
public final class CustomerAdvisor {

    /** How many transfer sources and receiving stores are weighed. */
    private static final int CANDIDATES = 3;
    /** How many receiving stores are searched for a customer who needs a part, before those without it drop. */
    private static final int PART_SEARCH = 16;

    private final LiveNetwork live;
    private final AdviceSettings settings;
    private final TransferAdvisor transfers;
    private final TechnicianMatcher technicians;
    private final ReceivingStoreMatcher receivers;

    public CustomerAdvisor(LiveNetwork live, AdviceSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transfers = TransferAdvisor.indexed(live, settings.match());
        this.technicians = TechnicianMatcher.indexed(live, settings.match());
        this.receivers = ReceivingStoreMatcher.indexed(live, settings.match());
    }

    public AdviceSettings settings() {
        return settings;
    }

    /** Every option for {@code customer}, cheapest expected cost first, and why the first. */
    public Choice advise(StuckCustomer customer, Queues queues) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(queues, "queues");
        live.base().store(customer.store());
        List<Option> options = new ArrayList<>(8);
        boolean partMissing = customer.part().filter(part -> !onShelf(customer, part)).isPresent();
        double readyAfter = partMissing ? settings.urgentOrderHours() : 0;
        double waitHere = queues.waitHours(customer.store(), customer, readyAfter);
        if (Double.isFinite(waitHere)) {
            options.add(new Option.Wait(waitHere, lossOnWait(waitHere), expected(Money.ZERO, lossOnWait(waitHere)),
                    partMissing));
            if (partMissing && settings.allows(Remedy.TRANSFER)) {
                addTransfers(customer, queues, options);
            }
        } else {
            double loss = settings.response().lossOnDeferral(settings.escalationDays());
            options.add(new Option.Escalation(settings.factoryFee(), settings.escalationDays() * 24.0, loss,
                    expected(settings.factoryFee(), loss)));
            if (settings.allows(Remedy.TECHNICIAN_VISIT) && !partMissing) {
                visit(customer, queues).ifPresent(options::add);
            }
        }
        if (settings.allows(Remedy.DIVERSION)) {
            Option fallback = options.stream().min(ORDER).orElseThrow();
            addDiversions(customer, queues, fallback, options);
        }
        options.sort(ORDER);
        return new Choice(customer, options, reason(options));
    }

    private static final Comparator<Option> ORDER = Comparator.comparing(Option::expectedCost)
            .thenComparingDouble(Option::hoursToService).thenComparing(Option::remedy);

    private boolean onShelf(StuckCustomer customer, PartNumber part) {
        return hasOnShelf(customer.store(), part);
    }

    private boolean hasOnShelf(StoreId store, PartNumber part) {
        return live.stock(store, part).map(StockLevel::available).orElse(0) > 0;
    }

    private void addTransfers(StuckCustomer customer, Queues queues, List<Option> options) {
        TransferRequest request = TransferRequest.of(customer.store(), customer.part().orElseThrow(), 1)
                .withPromise(settings.promise()).withLimit(CANDIDATES);
        for (TransferOption source : transfers.advise(request).options()) {
            if (!source.meetsPromise()) {
                continue;
            }
            double hours = queues.waitHours(customer.store(), customer, source.etaMinutes() / 60);
            double loss = lossOnWait(hours);
            options.add(new Option.Transfer(source, hours, loss, expected(source.freight(), loss)));
        }
    }

    /**
     * The cheapest of the first qualified technicians free on the first day, from the lead days on, that has any,
     * if one does within the search days. A technician whose own store has a queue for the skill now leaves that
     * queue longer by the trip: the next customer there waits the queue plus the trip, and that loss is priced in.
     */
    private Optional<Option> visit(StuckCustomer customer, Queues queues) {
        LocalDate first = customer.at().toLocalDate().plusDays(settings.leadDays());
        long minutes = Math.max(30, Math.round(customer.jobHours() * 60));
        for (int d = 0; d <= settings.visitSearchDays(); d++) {
            OffsetDateTime start = OffsetDateTime.of(first.plusDays(d), settings.workStart(),
                    customer.at().getOffset());
            TechnicianMatch match = technicians.match(new TechnicianRequest(customer.store(), customer.skill(),
                    customer.level(), TimeWindow.of(start, start.plusMinutes(minutes)), CANDIDATES));
            Option best = null;
            for (TechnicianOption technician : match.options()) {
                Money cost = visitCost(technician);
                double hours = Duration.between(customer.at(), start).toMinutes() / 60.0;
                double loss = settings.response().lossOnDeferral(hours / 24);
                double lenderWait = queues.waitHours(technician.home().id(), customer, 0);
                double trip = 2 * technician.driveMinutes() / 60 + customer.jobHours();
                double lenderLoss = lenderWait > 0 && Double.isFinite(lenderWait)
                        ? settings.response().lossOnWait(lenderWait + trip) : 0;
                Money expected = cents(yuan(expected(cost, loss)) + lenderLoss * yuan(settings.lifetimeValue()));
                Option visit = new Option.Visit(technician, start, cost, hours, loss, expected);
                if (best == null || visit.expectedCost().compareTo(best.expectedCost()) < 0) {
                    best = visit;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** Subsidy, plus travel both ways and a night's lodging where the band pays them. */
    private Money visitCost(TechnicianOption technician) {
        Money cost = technician.subsidy();
        if (SubsidyPolicy.paysTravelAndLodging(technician.band())) {
            cost = cost.plus(Money.ofCents(Math.round(2 * technician.distanceKm() * settings.travelPerKm().cents())));
        }
        if (technician.band() == SubsidyBand.FAR) {
            cost = cost.plus(settings.lodgingPerNight());
        }
        return cost;
    }

    private void addDiversions(StuckCustomer customer, Queues queues, Option fallback, List<Option> options) {
        Optional<PartNumber> part = customer.part();
        ReceivingRequest request = new ReceivingRequest(customer.store(), customer.jobHours(), customer.skill(),
                customer.at().toLocalDate(), settings.maxDrive(), part.isPresent() ? PART_SEARCH : CANDIDATES);
        double couponYuan = settings.coupon().toYuan().doubleValue();
        int weighed = 0;
        for (ReceivingOption store : receivers.match(request).options()) {
            if (weighed == CANDIDATES) {
                break;
            }
            if (part.isPresent() && !hasOnShelf(store.store().id(), part.get())) {
                continue;
            }
            weighed++;
            double drive = store.driveMinutes() / 60;
            double waitThere = queues.waitHours(store.store().id(), customer, drive);
            if (!(waitThere < fallback.hoursToService())) {
                continue;
            }
            double acceptance = settings.response().acceptance(store.driveMinutes(), couponYuan);
            Money compensation = settings.coupon().plus(settings.ridePerKm().times(Math.round(2 * store.distanceKm())));
            double lossThere = lossOnWait(waitThere);
            double expected = acceptance * yuan(expected(compensation, lossThere))
                    + (1 - acceptance) * yuan(fallback.expectedCost());
            double loss = acceptance * lossThere + (1 - acceptance) * fallback.lossProbability();
            options.add(new Option.Diversion(store, compensation, acceptance, waitThere, loss, cents(expected),
                    fallback));
        }
    }

    private double lossOnWait(double hours) {
        return settings.response().lossOnWait(hours);
    }

    private Money expected(Money cost, double loss) {
        return cents(yuan(cost) + loss * yuan(settings.lifetimeValue()));
    }

    private static double yuan(Money money) {
        return money.cents() / 100.0;
    }

    private static Money cents(double yuan) {
        return Money.ofCents(Math.round(yuan * 100));
    }

    private static String reason(List<Option> options) {
        Option pick = options.get(0);
        if (options.size() == 1) {
            return "Only option: " + pick.reason() + ".";
        }
        Option next = options.get(1);
        return String.format(Locale.ROOT, "Pick %s: %s below the next best, %s.", pick.reason(),
                cents(yuan(next.expectedCost()) - yuan(pick.expectedCost())), next.reason());
    }
}
