package dev.tandem.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.tandem.model.LoadState;

/**
 * Renders a {@link DashboardData} as one self-contained HTML page: inline CSS and SVG, no script, no font, no
 * image and no address to fetch, and a content security policy that forbids fetching anything, so that the file
 * opens the same on a laptop without network and in a mail attachment. Every text from the data is escaped.
 *
 * <p>Four charts, each an element with a stable id: the utilization heat map ({@code svg#heatmap}: a row per
 * store, a column per day, forecast days outlined and dashed), the transfer matrix ({@code svg#transfers}: a
 * circle per sending and receiving pair, its area the count), the contribution ranking ({@code svg#ranking}: a bar
 * per store, the top three in gold, as the playbook rewards them) and the service-level breaches
 * ({@code table#breaches}). Stateless and thread-safe.
 */
public final class DashboardRenderer {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm xxx",
            Locale.ROOT);
    private static final String RED = "#d64541";
    private static final String AMBER = "#f2b134";
    private static final String GREEN = "#3fa66b";
    private static final String GOLD = "#d4a017";
    private static final String BLUE = "#3b6ea8";
    private static final String INK = "#1f2933";
    private static final String MUTED = "#66707a";
    private static final int TOP_REWARDED = 3;
    /** The smallest transfer circle: a 10 px count fits inside it. */
    static final double MIN_RADIUS = 9.0;
    private static final double MAX_RADIUS = 16.0;
    /** At most this many rows in the heat map, the ranking and the breaches; the console pages through them all. */
    static final int MAX_ROWS = 40;
    /** At most this many stores down and across the transfer matrix. */
    static final int MAX_MATRIX_STORES = 15;

    private static final String STYLE = """
            body{font-family:"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",Arial,sans-serif;
            margin:24px;color:#1f2933;background:#f6f7f9}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:0 0 10px}
            .sub{color:#66707a;margin:0 0 18px}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:18px}
            .card{background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 2px rgba(0,0,0,.12);min-width:150px}
            .card .v{font-size:20px;font-weight:600}.card .l{color:#66707a;font-size:12px}
            section{background:#fff;border-radius:8px;padding:16px;margin-bottom:18px;
            box-shadow:0 1px 2px rgba(0,0,0,.12);overflow-x:auto}
            .row{display:flex;flex-wrap:wrap;gap:18px}.row section{flex:1 1 560px}
            table{border-collapse:collapse;font-size:13px;width:100%}
            th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e4e7eb}th{color:#66707a;font-weight:600}
            svg text{font-family:inherit}
            .period{color:#66707a;font-size:13px;font-weight:400;margin-left:10px}
            .note{color:#66707a;font-size:12px;margin:0 0 8px}
            footer{color:#66707a;font-size:12px}
            """;

    /** The page, UTF-8 text. */
    public String render(DashboardData data) {
        Objects.requireNonNull(data, "data");
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(data.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(data.title())).append("</h1>\n")
                .append("<p class=\"sub\">As of ").append(escape(AS_OF.format(data.asOf()))).append(" · ")
                .append(data.stores().size()).append(" stores</p>\n");
        appendHeadlines(html, data);
        List<LocalDate> dates = data.dates();
        String notGiven = "period not given";
        html.append("<section>\n");
        heading(html, "Utilization by store and day", dates.isEmpty() ? "no days"
                : new DashboardData.Period(dates.get(0), dates.get(dates.size() - 1)).toString());
        appendHeatmap(html, data);
        html.append("</section>\n<div class=\"row\">\n<section>\n");
        String activity = data.activity().map(DashboardData.Period::toString).orElse(notGiven);
        heading(html, "Transfers between stores", activity);
        appendTransfers(html, data);
        html.append("</section>\n<section>\n");
        heading(html, "Contribution ranking", activity);
        appendRanking(html, data);
        html.append("</section>\n</div>\n<section>\n");
        heading(html, "Service-level breaches", data.breachPeriod().map(DashboardData.Period::toString)
                .orElse(notGiven));
        appendBreaches(html, data);
        html.append("</section>\n<footer>Tandem · one self-contained file: no script, no network access.</footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static void appendHeadlines(StringBuilder html, DashboardData data) {
        if (data.headlines().isEmpty()) {
            return;
        }
        html.append("<div class=\"cards\">\n");
        for (DashboardData.Headline headline : data.headlines()) {
            html.append("<div class=\"card\"><div class=\"v\">").append(escape(headline.value()))
                    .append("</div><div class=\"l\">").append(escape(headline.label())).append("</div></div>\n");
        }
        html.append("</div>\n");
    }

    // ---- heat map ----

    private static void appendHeatmap(StringBuilder html, DashboardData data) {
        List<LocalDate> dates = data.dates();
        Map<List<Object>, DashboardData.UtilizationCell> cells = new HashMap<>();
        data.utilization().forEach(cell -> cells.put(List.of(cell.store(), cell.date()), cell));
        List<DashboardData.StoreLabel> all = data.stores().stream()
                .filter(store -> dates.stream().anyMatch(date -> cells.containsKey(List.of(store.id(), date))))
                .toList();
        List<DashboardData.StoreLabel> rows = all;
        if (all.size() > MAX_ROWS) {
            Map<String, Double> peak = new HashMap<>();
            data.utilization().forEach(cell -> peak.merge(cell.store(), cell.utilization(), Math::max));
            rows = all.stream().sorted(Comparator.comparingDouble((DashboardData.StoreLabel store) ->
                    -peak.getOrDefault(store.id(), 0.0))).limit(MAX_ROWS).toList();
            note(html, "The most loaded " + MAX_ROWS + " of " + all.size() + " stores, by their highest "
                    + "utilization; the web console pages through them all.");
        }
        int label = 210;
        int cellWidth = 46;
        int cellHeight = 24;
        int top = 44;
        int width = label + Math.max(1, dates.size()) * cellWidth + 10;
        int height = top + Math.max(1, rows.size()) * cellHeight + 34;
        openSvg(html, "heatmap", width, height, "Utilization heat map: " + rows.size() + " stores, " + dates.size()
                + " days");
        LocalDate today = data.asOf().toLocalDate();
        for (int c = 0; c < dates.size(); c++) {
            LocalDate date = dates.get(c);
            int x = label + c * cellWidth + cellWidth / 2;
            String weight = date.equals(today) ? " font-weight=\"700\"" : "";
            text(html, x, 16, "middle", 11, MUTED, weight, date.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                    Locale.ROOT));
            text(html, x, 30, "middle", 11, MUTED, weight, MONTH_DAY.format(date));
        }
        for (int r = 0; r < rows.size(); r++) {
            DashboardData.StoreLabel store = rows.get(r);
            int y = top + r * cellHeight;
            text(html, label - 8, y + 16, "end", 12, INK, "", store.id() + " " + store.name());
            for (int c = 0; c < dates.size(); c++) {
                DashboardData.UtilizationCell cell = cells.get(List.of(store.id(), dates.get(c)));
                if (cell != null) {
                    appendCell(html, data, cell, label + c * cellWidth, y, cellWidth, cellHeight);
                }
            }
        }
        int legendY = top + Math.max(1, rows.size()) * cellHeight + 22;
        legend(html, label, legendY, RED, "overloaded ≥ " + percent(data.thresholds().overloadedAt()));
        legend(html, label + 150, legendY, AMBER, "healthy");
        legend(html, label + 240, legendY, GREEN, "idle < " + percent(data.thresholds().idleBelow()));
        if (data.utilization().stream().anyMatch(DashboardData.UtilizationCell::forecast)) {
            html.append("<rect x=\"").append(label + 350).append("\" y=\"").append(legendY - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"#fff\" stroke=\"").append(INK)
                    .append("\" stroke-dasharray=\"3 2\"/>\n");
            text(html, label + 368, legendY, "start", 11, MUTED, "", "forecast");
        }
        if (rows.isEmpty()) {
            text(html, label, top + 16, "start", 12, MUTED, "", "No capacity data.");
        }
        html.append("</svg>\n");
    }

    private static void appendCell(StringBuilder html, DashboardData data, DashboardData.UtilizationCell cell, int x,
            int y, int width, int height) {
        LoadState state = data.thresholds().classify(cell.utilization());
        String fill = switch (state) {
            case OVERLOADED -> RED;
            case HEALTHY -> AMBER;
            case IDLE -> GREEN;
        };
        html.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
                .append(width - 2).append("\" height=\"").append(height - 2).append("\" rx=\"3\" fill=\"")
                .append(fill).append('"');
        if (cell.forecast()) {
            html.append(" fill-opacity=\"0.7\" stroke=\"").append(INK).append("\" stroke-dasharray=\"3 2\"");
        }
        html.append("><title>").append(escape(cell.store() + " " + cell.date() + ": " + percent(cell.utilization())
                + (cell.forecast() ? " forecast" : "") + ", " + state.name().toLowerCase(Locale.ROOT)))
                .append("</title></rect>\n");
        text(html, x + width / 2, y + 16, "middle", 11, state == LoadState.HEALTHY ? INK : "#fff", "",
                percent(cell.utilization()));
    }

    private static void legend(StringBuilder html, int x, int y, String colour, String label) {
        html.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" "
                + "rx=\"2\" fill=\"").append(colour).append("\"/>\n");
        text(html, x + 18, y, "start", 11, MUTED, "", label);
    }

    // ---- transfer matrix ----

    private static void appendTransfers(StringBuilder html, DashboardData data) {
        Set<String> involved = new LinkedHashSet<>();
        data.transfers().forEach(transfer -> {
            involved.add(transfer.from());
            involved.add(transfer.to());
        });
        List<String> stores = new ArrayList<>();
        data.stores().forEach(store -> {
            if (involved.contains(store.id())) {
                stores.add(store.id());
            }
        });
        involved.stream().filter(id -> !stores.contains(id)).forEach(stores::add);
        List<DashboardData.TransferCount> shown = data.transfers();
        if (stores.size() > MAX_MATRIX_STORES) {
            Map<String, Integer> busy = new HashMap<>();
            data.transfers().forEach(transfer -> {
                busy.merge(transfer.from(), transfer.count(), Integer::sum);
                busy.merge(transfer.to(), transfer.count(), Integer::sum);
            });
            Set<String> busiest = new LinkedHashSet<>(stores.stream().sorted(Comparator.comparingInt(
                    (String id) -> -busy.get(id))).limit(MAX_MATRIX_STORES).toList());
            int all = stores.size();
            stores.retainAll(busiest);
            shown = data.transfers().stream().filter(transfer -> busiest.contains(transfer.from())
                    && busiest.contains(transfer.to())).toList();
            int hidden = data.transfers().stream().mapToInt(DashboardData.TransferCount::count).sum()
                    - shown.stream().mapToInt(DashboardData.TransferCount::count).sum();
            note(html, "The busiest " + MAX_MATRIX_STORES + " of " + all + " stores; " + hidden
                    + " transfers with the other stores are not drawn.");
        }
        int label = 60;
        int cell = 34;
        int top = 58;
        int size = Math.max(1, stores.size());
        int width = label + size * cell + 20;
        int height = top + size * cell + 10;
        int total = data.transfers().stream().mapToInt(DashboardData.TransferCount::count).sum();
        openSvg(html, "transfers", Math.max(width, 260), height, "Transfer matrix: " + total + " transfers between "
                + stores.size() + " stores");
        text(html, 4, 14, "start", 11, MUTED, "", "from ↓  to →");
        int max = shown.stream().mapToInt(DashboardData.TransferCount::count).max().orElse(1);
        for (int i = 0; i < stores.size(); i++) {
            int x = label + i * cell + cell / 2;
            text(html, x, top - 8, "middle", 11, MUTED, "", stores.get(i));
            text(html, label - 8, top + i * cell + cell / 2 + 4, "end", 11, INK, "", stores.get(i));
            html.append("<line x1=\"").append(label).append("\" y1=\"").append(top + i * cell).append("\" x2=\"")
                    .append(label + stores.size() * cell).append("\" y2=\"").append(top + i * cell)
                    .append("\" stroke=\"#e4e7eb\"/>\n");
        }
        for (DashboardData.TransferCount transfer : shown) {
            int column = stores.indexOf(transfer.to());
            int row = stores.indexOf(transfer.from());
            double radius = radius(transfer.count(), max);
            int cx = label + column * cell + cell / 2;
            int cy = top + row * cell + cell / 2;
            html.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"")
                    .append(String.format(Locale.ROOT, "%.1f", radius)).append("\" fill=\"").append(BLUE)
                    .append("\" fill-opacity=\"0.8\"><title>")
                    .append(escape(transfer.from() + " → " + transfer.to() + ": " + transfer.count()))
                    .append("</title></circle>\n");
            text(html, cx, cy + 4, "middle", 10, "#fff", " font-weight=\"600\"", Integer.toString(transfer.count()));
        }
        if (stores.isEmpty()) {
            text(html, label, top + 16, "start", 12, MUTED, "", "No transfers.");
        }
        html.append("</svg>\n");
    }

    // ---- ranking ----

    private static void appendRanking(StringBuilder html, DashboardData data) {
        List<DashboardData.RankingRow> ranked = data.rankingByPoints();
        List<DashboardData.RankingRow> rows = ranked.stream().limit(MAX_ROWS).toList();
        if (ranked.size() > rows.size()) {
            note(html, "The top " + MAX_ROWS + " of " + ranked.size() + " stores.");
        }
        Map<String, String> names = new HashMap<>();
        data.stores().forEach(store -> names.put(store.id(), store.name()));
        int label = 190;
        int barMax = 300;
        int rowHeight = 24;
        int height = 10 + Math.max(1, rows.size()) * rowHeight;
        openSvg(html, "ranking", label + barMax + 70, height, "Contribution ranking of " + rows.size()
                + " stores");
        int max = rows.stream().mapToInt(DashboardData.RankingRow::points).max().orElse(1);
        for (int i = 0; i < rows.size(); i++) {
            DashboardData.RankingRow row = rows.get(i);
            int y = 6 + i * rowHeight;
            String name = names.getOrDefault(row.store(), "");
            text(html, label - 8, y + 15, "end", 12, INK, "", (i + 1) + ". " + row.store()
                    + (name.isEmpty() ? "" : " " + name));
            int width = max <= 0 ? 0 : (int) Math.round((double) Math.max(0, row.points()) / max * barMax);
            html.append("<rect x=\"").append(label).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(Math.max(1, width)).append("\" height=\"").append(rowHeight - 6).append("\" rx=\"3\" fill=\"")
                    .append(i < TOP_REWARDED ? GOLD : BLUE).append("\"/>\n");
            text(html, label + width + 6, y + 15, "start", 12, INK, "", row.points() + " pts");
        }
        if (rows.isEmpty()) {
            text(html, 8, 22, "start", 12, MUTED, "", "No contribution points yet.");
        }
        html.append("</svg>\n");
    }

    // ---- breaches ----

    private static void appendBreaches(StringBuilder html, DashboardData data) {
        html.append("<table id=\"breaches\">\n<thead><tr><th>Store</th><th>Measure</th><th>Target</th>"
                + "<th>Actual</th></tr></thead>\n<tbody>\n");
        List<DashboardData.ServiceBreach> all = data.breaches();
        for (DashboardData.ServiceBreach breach : all.subList(0, Math.min(all.size(), MAX_ROWS))) {
            html.append("<tr><td>").append(escape(breach.store())).append("</td><td>")
                    .append(escape(breach.measure())).append("</td><td>").append(escape(breach.target()))
                    .append("</td><td>").append(escape(breach.actual())).append("</td></tr>\n");
        }
        if (all.isEmpty()) {
            html.append("<tr><td colspan=\"4\">No service level was missed.</td></tr>\n");
        } else if (all.size() > MAX_ROWS) {
            List<DashboardData.ServiceBreach> rest = all.subList(MAX_ROWS, all.size());
            long stores = rest.stream().map(DashboardData.ServiceBreach::store).distinct().count();
            html.append("<tr class=\"more\"><td colspan=\"4\">").append(escape("… and " + rest.size()
                    + " more breaches at " + stores + " stores; the web console lists them all.")).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    // ---- helpers ----

    /** A circle's area grows with the count, from one a 10 px label fits in up to {@link #MAX_RADIUS}. */
    static double radius(int count, int max) {
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) (count - 1) / Math.max(1, max - 1));
    }

    private static void heading(StringBuilder html, String title, String period) {
        html.append("<h2>").append(escape(title)).append("<span class=\"period\">").append(escape(period))
                .append("</span></h2>\n");
    }

    private static void note(StringBuilder html, String text) {
        html.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
    }

    private static void openSvg(StringBuilder html, String id, int width, int height, String label) {
        html.append("<svg id=\"").append(id).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n<title>")
                .append(escape(label)).append("</title>\n");
    }

    private static void text(StringBuilder html, int x, int y, String anchor, int size, String colour, String extra,
            String text) {
        html.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append('"').append(extra)
                .append('>').append(escape(text)).append("</text>\n");
    }

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }

    /** Escapes text for HTML and SVG content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
