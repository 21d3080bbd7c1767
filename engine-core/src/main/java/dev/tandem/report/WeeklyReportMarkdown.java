package dev.tandem.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.tandem.kpi.Breach;
import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.RecordKind;
import dev.tandem.model.Money;

/** Renders a {@link WeeklyReport} as Markdown, in the sections of the playbook's example report. */
public final class WeeklyReportMarkdown {

    private WeeklyReportMarkdown() {
    }

    public static String render(WeeklyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Weekly collaboration report ").append(report.week()).append(" (").append(report.week().monday())
                .append(" to ").append(report.week().sunday()).append(")\n\n")
                .append("As of ").append(report.asOf()).append(".\n");

        WeeklyReport.Transfers transfers = report.transfers();
        section(out, "Transfers");
        item(out, "Transfers", transfers.done() + " done of " + transfers.requested() + " requested");
        item(out, "Mean response (request to part received)", duration(transfers.meanResponse()));
        item(out, "Customers retained", String.valueOf(transfers.customersRetained()));
        item(out, "Value", money(transfers.retainedValue()));

        WeeklyReport.Support support = report.support();
        section(out, "Technician support");
        item(out, "Support trips", support.done() + " done of " + support.requested() + " requested");
        item(out, "Complex faults solved", String.valueOf(support.faultsSolved()));
        item(out, "Customer satisfaction", support.meanSatisfaction().map(score -> score.toPlainString() + " / 10")
                .orElse("no scores"));

        WeeklyReport.Diversions diversions = report.diversions();
        section(out, "Customer diversion");
        item(out, "Diversions", diversions.accepted() + " accepted of " + diversions.offered() + " offered, "
                + diversions.served() + " served");
        item(out, "Acceptance rate", diversions.acceptanceRate().map(rate -> rate.toPlainString() + " %")
                .orElse("none offered"));
        item(out, "Compensation", money(diversions.compensation()));
        item(out, "Retained value", money(diversions.retainedValue()));

        section(out, "Value created this week: " + money(report.valueCreated()));
        out.append("Customers kept by transfers and diversions at their lifetime value (")
                .append(money(report.value().gross())).append("), less the cost of collaboration (")
                .append(money(report.value().cost())).append(": compensation, and freight and subsidies settled).\n");

        contributions(out, report.contributions());
        serviceLevel(out, report.serviceLevel());
        return out.toString();
    }

    private static void contributions(StringBuilder out, List<StorePoints> contributions) {
        section(out, "Contribution by store");
        List<StorePoints> contributing = contributions.stream().filter(store -> store.points() > 0)
                .sorted(Comparator.comparingInt(StorePoints::points).reversed()
                        .thenComparing(StorePoints::store)).toList();
        if (contributing.isEmpty()) {
            out.append("No store earned points this week.\n");
            return;
        }
        out.append("| store | transfers sent | technicians lent | customers received | dead stock revived "
                + "| points |\n|---|---:|---:|---:|---:|---:|\n");
        for (StorePoints store : contributing) {
            out.append("| ").append(store.store()).append(" | ").append(store.records(RecordKind.TRANSFER))
                    .append(" | ").append(store.records(RecordKind.SUPPORT))
                    .append(" | ").append(store.records(RecordKind.DIVERSION))
                    .append(" | ").append(store.records(RecordKind.DEAD_STOCK_REVIVAL))
                    .append(" | ").append(store.points()).append(" |\n");
        }
    }

    private static void serviceLevel(StringBuilder out, ServiceLevel level) {
        section(out, "Service level");
        item(out, "Requests", level.requests() + ", " + level.answered() + " answered");
        item(out, "Mean answer time", duration(level.meanAnswerTime()));
        item(out, "Transfers later than promised", String.valueOf(level.breaches(Breach.TRANSFER_PROMISE)));
        item(out, "Support booked too late", String.valueOf(level.breaches(Breach.BOOKING_LEAD)));
        item(out, "Answered after the answer time", String.valueOf(level.breaches(Breach.ANSWER_TIME)));
        item(out, "Not answered by the daily close", String.valueOf(level.breaches(Breach.DAILY_CLOSE)));
    }

    private static void section(StringBuilder out, String title) {
        out.append("\n## ").append(title).append("\n\n");
    }

    private static void item(StringBuilder out, String name, String value) {
        out.append("- ").append(name).append(": ").append(value).append('\n');
    }

    /** Such as {@code 1,600,000.00 CNY}. */
    static String money(Money money) {
        return String.format(Locale.ROOT, "%,.2f CNY", money.toYuan());
    }

    /** Such as {@code 35 min} or {@code 2 h 05 min}, to the minute. */
    static String duration(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "none";
        }
        long minutes = new BigDecimal(duration.get().toSeconds()).divide(BigDecimal.valueOf(60), 0,
                RoundingMode.HALF_UP).longValueExact();
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60,
                minutes % 60);
    }
}
