package dev.tandem.advise;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

import dev.tandem.match.ReceivingOption;
import dev.tandem.match.TechnicianOption;
import dev.tandem.match.TransferOption;
import dev.tandem.model.Money;

/**
 * One way to help a stuck customer, priced. Every option carries what HQ pays if it is taken, the hours until the
 * work starts, the chance the customer is lost on the way, and the expected cost that ranks the options: the
 * payment plus the loss chance times the customer's lifetime value.
 */
public sealed interface Option {

    Remedy remedy();

    /** What HQ pays when the option is taken: freight, subsidy and travel, coupon and ride, the factory's fee. */
    Money cost();

    /** Hours from the customer's moment until the work starts. */
    double hoursToService();

    /** The chance the customer is lost, in [0, 1]. */
    double lossProbability();

    /**
     * Cost plus loss probability times lifetime value; for a diversion, weighed by the chance it is taken; for a
     * visit, plus what the longer queue at the technician's own store is expected to lose.
     */
    Money expectedCost();

    /** The option in plain words, with its figures. */
    String reason();

    /**
     * Stay in the store's queue.
     *
     * @param partByWarehouse whether the part comes by urgent warehouse order
     */
    record Wait(double hoursToService, double lossProbability, Money expectedCost, boolean partByWarehouse)
            implements Option {

        @Override
        public Remedy remedy() {
            return Remedy.WAIT;
        }

        @Override
        public Money cost() {
            return Money.ZERO;
        }

        @Override
        public String reason() {
            return "wait here" + (partByWarehouse ? " for the warehouse's urgent delivery" : "") + ": "
                    + figures(this);
        }
    }

    /**
     * An emergency transfer of the part.
     *
     * @param source the store that sends, its ETA and freight
     */
    record Transfer(TransferOption source, double hoursToService, double lossProbability, Money expectedCost)
            implements Option {

        public Transfer {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public Remedy remedy() {
            return Remedy.TRANSFER;
        }

        @Override
        public Money cost() {
            return source.freight();
        }

        @Override
        public String reason() {
            return "transfer from " + source.source().name() + " (part in "
                    + minutes(source.etaMinutes()) + "): " + figures(this);
        }
    }

    /**
     * A technician of another store comes.
     *
     * @param technician who comes, from where, and the subsidy band
     * @param start when the work starts at the customer's store
     * @param cost subsidy plus travel and lodging where the band pays them
     */
    record Visit(TechnicianOption technician, OffsetDateTime start, Money cost, double hoursToService,
            double lossProbability, Money expectedCost) implements Option {

        public Visit {
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(cost, "cost");
        }

        @Override
        public Remedy remedy() {
            return Remedy.TECHNICIAN_VISIT;
        }

        @Override
        public String reason() {
            return "visit by " + technician.technician().name() + " (" + technician.technician().level() + ", "
                    + technician.home().name() + ") on " + start.toLocalDate() + ": " + figures(this);
        }
    }

    /**
     * An offer of another store.
     *
     * @param store the receiving store, its drive and room
     * @param compensation the coupon and the ride, paid if the customer takes it
     * @param acceptance the chance the customer takes it
     * @param fallback what happens if the customer declines
     */
    record Diversion(ReceivingOption store, Money compensation, double acceptance, double hoursToService,
            double lossProbability, Money expectedCost, Option fallback) implements Option {

        public Diversion {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(compensation, "compensation");
            Objects.requireNonNull(fallback, "fallback");
        }

        @Override
        public Remedy remedy() {
            return Remedy.DIVERSION;
        }

        @Override
        public Money cost() {
            return compensation;
        }

        @Override
        public String reason() {
            return String.format(Locale.ROOT, "divert to %s (%s away, %s coupon and ride, taken %.0f %%; if declined: "
                    + "%s): %s", store.store().name(), minutes(store.driveMinutes()),
                    compensation, 100 * acceptance, fallback.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    figures(this));
        }
    }

    /**
     * The factory's expert comes days later.
     *
     * @param cost the factory's fee
     */
    record Escalation(Money cost, double hoursToService, double lossProbability, Money expectedCost)
            implements Option {

        public Escalation {
            Objects.requireNonNull(cost, "cost");
        }

        @Override
        public Remedy remedy() {
            return Remedy.FACTORY_ESCALATION;
        }

        @Override
        public String reason() {
            return "escalate to the factory: " + figures(this);
        }
    }

    private static String figures(Option option) {
        return String.format(Locale.ROOT, "served in %s, %.0f %% lost, pays %s, expected cost %s",
                hours(option.hoursToService()), 100 * option.lossProbability(), option.cost(),
                option.expectedCost());
    }

    private static String hours(double hours) {
        return hours >= 24 ? String.format(Locale.ROOT, "%.1f days", hours / 24)
                : minutes(hours * 60);
    }

    private static String minutes(double minutes) {
        long rounded = Math.round(minutes);
        return rounded < 60 ? rounded + " min" : rounded / 60 + " h " + rounded % 60 + " min";
    }
}
