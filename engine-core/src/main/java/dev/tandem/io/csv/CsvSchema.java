package dev.tandem.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns one kind of CSV table may have: each a field of the model (named as in the JSON interchange
 * format) with the headers that mean it, in English and in the playbook's Chinese.
 *
 * <p>Headers are compared after normalizing: trimmed, a trailing unit in brackets dropped ({@code 日产能(台)},
 * {@code 单价（元）}), lower-cased, and spaces, underscores and hyphens removed, so that {@code onHand},
 * {@code On Hand} and {@code on_hand} are one header.
 */
final class CsvSchema {

    private static final Pattern TRAILING_UNIT = Pattern.compile("\\s*[(（][^()（）]*[)）]$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
    /** Notes are welcome in every table and ignored. */
    private static final List<String> NOTE_HEADERS = List.of("note", "notes", "remark", "remarks", "备注");

    /**
     * One column.
     *
     * @param field the model field, such as {@code onHand}; also its English header
     * @param required whether the table must have this column
     * @param aliases other headers for it, English or Chinese, the playbook's first
     */
    record Column(String field, boolean required, List<String> aliases) {

        Column {
            aliases = List.copyOf(aliases);
        }

        /** Such as {@code onHand (在库)}: the field and its first Chinese header. */
        String describe() {
            return aliases.stream()
                    .filter(alias -> alias.chars().anyMatch(c -> c > 0x7F))
                    .findFirst()
                    .map(alias -> field + " (" + alias + ")")
                    .orElse(field);
        }
    }

    private final List<Column> columns;
    private final Map<String, Column> byHeader = new LinkedHashMap<>();
    private final Set<String> ignored;

    private CsvSchema(List<Column> columns, List<String> ignored) {
        this.columns = List.copyOf(columns);
        for (Column column : columns) {
            byHeader.put(normalize(column.field()), column);
            column.aliases().forEach(alias -> byHeader.put(normalize(alias), column));
        }
        List<String> allIgnored = new ArrayList<>(NOTE_HEADERS);
        allIgnored.addAll(ignored);
        this.ignored = allIgnored.stream().map(CsvSchema::normalize).collect(Collectors.toUnmodifiableSet());
    }

    static CsvSchema of(List<Column> columns, List<String> ignored) {
        return new CsvSchema(columns, ignored);
    }

    static Column required(String field, String... aliases) {
        return new Column(field, true, List.of(aliases));
    }

    static Column optional(String field, String... aliases) {
        return new Column(field, false, List.of(aliases));
    }

    List<Column> columns() {
        return columns;
    }

    /** The same schema with {@code field}'s column required, such as the date of a history's capacity table. */
    CsvSchema withRequired(String field) {
        List<Column> changed = columns.stream()
                .map(column -> column.field().equals(field) ? new Column(field, true, column.aliases()) : column)
                .toList();
        return new CsvSchema(changed, List.copyOf(ignored));
    }

    /** The column a header means, if any. */
    Optional<Column> column(String header) {
        return Optional.ofNullable(byHeader.get(normalize(header)));
    }

    /** Whether a header names a column that is known and deliberately ignored, such as a derived figure. */
    boolean isIgnored(String header) {
        return ignored.contains(normalize(header));
    }

    /** Such as {@code id (门店编号), name (门店名称), ...}, for an "expected one of" message. */
    String describeColumns() {
        return columns.stream().map(Column::describe).collect(Collectors.joining(", "));
    }

    static String normalize(String header) {
        String withoutUnit = TRAILING_UNIT.matcher(header.strip()).replaceFirst("");
        return SEPARATORS.matcher(withoutUnit.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
