package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.tandem.advise.AdviceSettings;
import dev.tandem.advise.CapacityQueues;
import dev.tandem.advise.Choice;
import dev.tandem.advise.CustomerAdvisor;
import dev.tandem.advise.Queues;
import dev.tandem.advise.StuckCustomer;
import dev.tandem.io.request.MatchJson;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.ReceivingStoreMatcher;
import dev.tandem.match.Rejection;
import dev.tandem.match.SplitProposal;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianMatcher;
import dev.tandem.match.TechnicianOption;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.match.TransferOption;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.simulate.CustomerBehaviour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem advise}: the matching core's one-click answers. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Who can help right now? Ranked options with reasons, or why nothing qualifies.",
                "  a part:       --store SZ --part HL-FL [--quantity 2] [--promise 2h]",
                "  a technician: --store SZ --skill HV_SYSTEM [--level T3] [--date 2026-11-30] [--from 08:00 --to 18:00]",
                "  a receiving store for a diverted customer: --store SZ --skill BODY_PAINT --job-hours 3 "
                        + "[--date D] [--max-drive 1h]",
                "  one decision for a stuck customer: --store SZ --customer [--skill HV_SYSTEM] [--level T3] "
                        + "[--job-hours 2] [--part HL-FL] [--wait 3h]: wait, transfer, visiting technician, "
                        + "diversion or factory, by expected cost"})
final class AdviseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Option(names = "--store", required = true, paramLabel = "STORE", description = "The store asking for help.")
    private String store;

    @Option(names = "--part", paramLabel = "PART", description = "The part needed: transfer advice.")
    private String part;

    @Option(names = "--quantity", defaultValue = "1", description = "Units needed (default: ${DEFAULT-VALUE}).")
    private int quantity;

    @Option(names = "--promise", defaultValue = "2h", converter = Durations.class,
            description = "Delivery promise, such as 2h or 90m (default: ${DEFAULT-VALUE}).")
    private Duration promise;

    @Option(names = "--skill", paramLabel = "SKILL", description = "The skill needed: a technician match, or "
            + "with --job-hours a receiving-store match.")
    private String skill;

    @Option(names = "--level", defaultValue = "T1", description = "The lowest level that will do "
            + "(default: ${DEFAULT-VALUE}).")
    private Level level;

    @Option(names = "--date", paramLabel = "DATE", description = "The day (default: the snapshot's date).")
    private LocalDate date;

    @Option(names = "--from", defaultValue = "08:00", description = "Start of the support window "
            + "(default: ${DEFAULT-VALUE}).")
    private LocalTime from;

    @Option(names = "--to", defaultValue = "18:00", description = "End of the support window "
            + "(default: ${DEFAULT-VALUE}).")
    private LocalTime to;

    @Option(names = "--job-hours", paramLabel = "HOURS", description = "Workshop hours of the customer's job: a "
            + "receiving-store match.")
    private Double jobHours;

    @Option(names = "--max-drive", defaultValue = "1h", converter = Durations.class,
            description = "Longest drive offered to a customer (default: ${DEFAULT-VALUE}).")
    private Duration maxDrive;

    @Option(names = "--limit", defaultValue = "5", description = "How many options (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    private boolean json;

    @Option(names = "--customer", description = "Weigh every way to help one stuck customer and pick one.")
    private boolean customer;

    @Option(names = "--wait", converter = Durations.class, paramLabel = "DURATION", description = "With --customer: "
            + "the store's queue now, such as 3h (default: estimated from the day's bookings over capacity).")
    private Duration wait;

    @Override
    public Integer call() {
        if (customer) {
            return advise();
        }
        if (part == null && skill == null) {
            throw usage("give --part for a transfer, or --skill for a technician or receiving store");
        }
        if (part != null && (skill != null || jobHours != null)) {
            throw usage("--part cannot be combined with --skill or --job-hours");
        }
        if (limit < 1 || quantity < 1) {
            throw usage("--limit and --quantity must be 1 or more");
        }
        NetworkSnapshot network = SnapshotFiles.read(file);
        StoreId storeId = Lookups.store(network, store);
        LiveNetwork live = LiveNetwork.of(network);
        LocalDate day = date != null ? date : network.today();
        PrintWriter out = spec.commandLine().getOut();
        if (part != null) {
            TransferAdvice advice = TransferAdvisor.indexed(live, MatchSettings.DEFAULT).advise(
                    new TransferRequest(storeId, Lookups.part(network, part), quantity, positive(promise, "--promise"),
                            limit));
            out.print(json ? MatchJson.toJson(advice) + "\n" : text(advice));
        } else if (jobHours != null) {
            if (!(jobHours > 0)) {
                throw usage("--job-hours must be positive");
            }
            ReceivingMatch match = ReceivingStoreMatcher.indexed(live, MatchSettings.DEFAULT).match(
                    new ReceivingRequest(storeId, jobHours, Lookups.skill(network, skill), day, maxDrive, limit));
            out.print(json ? MatchJson.toJson(match) + "\n" : text(match));
        } else {
            if (!to.isAfter(from)) {
                throw usage("--to (" + to + ") must be after --from (" + from + ")");
            }
            TimeWindow window = TimeWindow.of(day.atTime(from).atOffset(network.asOf().getOffset()),
                    day.atTime(to).atOffset(network.asOf().getOffset()));
            TechnicianMatch match = TechnicianMatcher.indexed(live, MatchSettings.DEFAULT).match(
                    new TechnicianRequest(storeId, Lookups.skill(network, skill), level, window, limit));
            out.print(json ? MatchJson.toJson(match) + "\n" : text(match));
        }
        return 0;
    }

    /** {@code --customer}: the collaboration advisor's one decision. */
    private int advise() {
        if (json) {
            throw usage("--json is not available with --customer yet");
        }
        double hours = jobHours == null ? 2.0 : jobHours;
        if (!(hours > 0)) {
            throw usage("--job-hours must be positive");
        }
        NetworkSnapshot network = SnapshotFiles.read(file);
        StoreId storeId = Lookups.store(network, store);
        LiveNetwork live = LiveNetwork.of(network);
        OffsetDateTime at = date == null ? network.asOf() : date.atTime(from).atOffset(network.asOf().getOffset());
        StuckCustomer stuck = new StuckCustomer(storeId, at, hours, skill == null ? Skill.GENERAL
                : Lookups.skill(network, skill), level, part == null ? Optional.empty()
                : Optional.of(Lookups.part(network, part)));
        CapacityQueues estimate = new CapacityQueues(live, MatchSettings.DEFAULT.hoursPerJob());
        Queues queues = wait == null ? estimate : (where, asked, readyAfter) -> where.equals(storeId)
                && Double.isFinite(estimate.waitHours(where, asked, 0))
                ? Math.max(readyAfter, wait.toMinutes() / 60.0) : estimate.waitHours(where, asked, readyAfter);
        Choice choice = new CustomerAdvisor(live, AdviceSettings.of(CustomerBehaviour.DEFAULT).withTimes(48, 5,
                maxDrive)).advise(stuck, queues);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("A customer stuck at %s on %s: %s at %s or above, %s h%s.%n", storeId, at, stuck.skill(),
                stuck.level(), hours, stuck.part().map(p -> ", needs part " + p).orElse(""));
        int rank = 1;
        for (dev.tandem.advise.Option option : choice.options()) {
            out.printf("  %d. %s%n", rank++, option.reason());
        }
        out.println(choice.reason());
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private Duration positive(Duration duration, String option) {
        if (duration.isNegative() || duration.isZero()) {
            throw usage(option + " must be positive");
        }
        return duration;
    }

    private static String text(TransferAdvice advice) {
        StringBuilder text = new StringBuilder();
        TransferRequest request = advice.request();
        text.append(String.format("%d x %s for %s within %s:%n", request.quantity(), request.part(), request.store(),
                minutes(request.promise())));
        int rank = 1;
        for (TransferOption option : advice.options()) {
            text.append(String.format("  %d. %s sends %s, freight %s%s%n", rank++, option.source().id(),
                    sends(option, request), option.freight(), flags(option)));
            text.append("     ").append(option.reason()).append('\n');
        }
        advice.split().ifPresent(split -> appendSplit(text, split));
        appendMisses(text, advice.misses());
        return text.toString();
    }

    /** {@code 3}, or {@code 1 of 3 (partial)} when the source cannot send the whole quantity. */
    static String sends(TransferOption option, TransferRequest request) {
        return option.quantity() < request.quantity()
                ? option.quantity() + " of " + request.quantity() + " (partial)" : String.valueOf(option.quantity());
    }

    private static String flags(TransferOption option) {
        return (option.dipsIntoSafetyStock() ? "  [safety stock]" : "")
                + (option.meetsPromise() ? "" : "  [misses promise]");
    }

    private static void appendSplit(StringBuilder text, SplitProposal split) {
        text.append(String.format("  No single store has the quantity to spare. Split across %d stores%s:%n",
                split.legs().size(), split.uncovered() > 0 ? ", " + split.uncovered() + " still uncovered" : ""));
        for (TransferOption leg : split.legs()) {
            text.append(String.format("     %s sends %d, arrives in %s%s%n", leg.source().id(), leg.quantity(),
                    minutes(leg.eta()), flags(leg)));
        }
    }

    private static String text(TechnicianMatch match) {
        StringBuilder text = new StringBuilder();
        TechnicianRequest request = match.request();
        text.append(String.format("%s at %s or above for %s, %s to %s:%n", request.skill(), request.minimumLevel(),
                request.store(), request.window().from(), request.window().to().toLocalTime()));
        int rank = 1;
        for (TechnicianOption option : match.options()) {
            text.append(String.format("  %d. %s (%s) %s%n", rank++, option.technician().id(), option.band(),
                    option.reason()));
        }
        appendMisses(text, match.misses());
        return text.toString();
    }

    private static String text(ReceivingMatch match) {
        StringBuilder text = new StringBuilder();
        ReceivingRequest request = match.request();
        text.append(String.format("Stores that can take a %s job of %s h from %s on %s, within %s:%n",
                request.skill(), request.jobHours(), request.store(), request.date(), minutes(request.maxDrive())));
        int rank = 1;
        for (var option : match.options()) {
            text.append(String.format("  %d. %s%n", rank++, option.reason()));
        }
        appendMisses(text, match.misses());
        return text.toString();
    }

    private static void appendMisses(StringBuilder text, List<Rejection> misses) {
        if (!misses.isEmpty()) {
            text.append("  Nothing qualifies. The nearest candidates were ruled out:\n");
            misses.forEach(miss -> text.append("     ").append(miss).append('\n'));
        }
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
