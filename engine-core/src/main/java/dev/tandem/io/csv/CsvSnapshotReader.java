package dev.tandem.io.csv;

import static dev.tandem.io.csv.CsvSchema.optional;
import static dev.tandem.io.csv.CsvSchema.required;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.GeoPoint;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.travel.TravelModel;

/**
 * Turns the CSV tables of one import into a snapshot. Each row is read cell by cell; a row with a problem of its
 * own (a blank required cell, a cell that does not parse, an unknown store) is left out of the builder, and a
 * store or part it defines is assumed known, so that the builder's checks then report only the remaining,
 * independent problems. Each element given to the builder remembers its file, line and columns, so that a
 * builder path such as {@code stock[3].onHand} becomes {@code stock.csv:5 在库}. Used once.
 */
final class CsvSnapshotReader {

    /**
     * The bytes of one CSV file.
     *
     * @param name the file name that problems show, such as {@code stock.csv}
     * @param content UTF-8 CSV, with or without a byte order mark
     */
    record Input(String name, byte[] content) {
    }

    private static final int STORES_FILE = 0;
    private static final int PARTS_FILE = 1;
    private static final int TECHNICIANS_FILE = 2;
    private static final int STOCK_FILE = 3;
    private static final int CAPACITY_FILE = 4;

    private static final CsvSchema STORES = CsvSchema.of(List.of(
            required("id", "门店编号", "编号", "门店代码", "storeId"),
            required("name", "门店名称", "门店", "名称", "storeName"),
            optional("region", "区域", "片区"),
            required("lat", "纬度", "latitude"),
            required("lon", "经度", "lng", "longitude"),
            required("dailyCapacity", "日产能", "产能", "capacity"),
            optional("bayHours", "工位工时")), List.of());
    private static final CsvSchema PARTS = CsvSchema.of(List.of(
            required("partNumber", "备件编号", "零件号", "配件编号", "part", "number"),
            required("name", "备件名称", "配件名称", "名称", "partName"),
            optional("unitCost", "单价", "成本", "cost")), List.of());
    private static final CsvSchema TECHNICIANS = CsvSchema.of(List.of(
            optional("id", "技师编号", "工号", "编号", "technicianId"),
            required("name", "技师姓名", "姓名", "技师", "technicianName"),
            required("store", "门店", "门店编号", "门店名称", "所属门店", "storeId"),
            required("level", "等级"),
            required("skills", "专长", "技能", "skill"),
            required("status", "当前状态", "状态"),
            optional("supportWindows", "本周可支援时间", "可支援时间", "支援时间")), List.of());
    private static final CsvSchema.Column STOCK_PART = optional("part", "备件编号", "备件", "零件号", "配件编号",
            "partNumber");
    private static final CsvSchema.Column STOCK_PART_NAME = optional("name", "备件名称", "配件名称", "partName");
    private static final CsvSchema.Column STOCK_UNIT_COST = optional("unitCost", "单价", "成本", "cost");
    private static final CsvSchema STOCK_LONG = CsvSchema.of(List.of(
            required("store", "门店", "门店编号", "门店名称", "storeId"),
            STOCK_PART, STOCK_PART_NAME, STOCK_UNIT_COST,
            required("onHand", "在库", "库存", "在库数量", "库存数量", "数量"),
            optional("reserved", "预留", "已预留"),
            optional("safetyStock", "安全库存"),
            optional("avgDailyDemand", "日均需求", "日均用量"),
            optional("lastMovement", "最后变动日期", "最后出入库日期", "最近出入库"),
            optional("backorders", "欠货", "缺货待补", "客户等待")), List.of());
    /** The part columns of a wide stock table; every other column is a store. */
    private static final CsvSchema STOCK_WIDE =
            CsvSchema.of(List.of(STOCK_PART, STOCK_PART_NAME, STOCK_UNIT_COST), List.of());
    /** A header with one of these columns is a long stock table. */
    private static final Set<String> LONG_STOCK_FIELDS =
            Set.of("store", "onHand", "reserved", "safetyStock", "avgDailyDemand", "lastMovement", "backorders");
    static final CsvSchema CAPACITY = CsvSchema.of(List.of(
            required("store", "门店", "门店编号", "门店名称", "storeId"),
            optional("date", "日期"),
            required("capacity", "日产能", "产能", "dailyCapacity"),
            required("booked", "今日预约", "预约", "已预约", "预约数")),
            // derived from capacity and booked, so the playbook's table can be imported as it is
            List.of("utilization", "产能利用率", "利用率", "status", "loadState", "状态"));

    private static final int STORES_LISTED = 8;
    private static final Pattern ELEMENT = Pattern.compile(
            "^(stores|technicians|parts|stock|capacity)\\[(\\d+)](?:\\.([A-Za-z]+)(?:\\[(\\d+)])?)?$");
    private static final Pattern FIRST_AT =
            Pattern.compile("\\(first at (stores|technicians|parts|stock|capacity)\\[(\\d+)]\\)");

    /** Where an element given to the builder came from; {@code columns} maps its fields to header texts. */
    private record Origin(CsvTable table, int line, Map<String, String> columns) {
    }

    private record StoreColumn(int index, String header, StoreId store) {
    }

    private final OffsetDateTime asOf;
    private final CsvProblems problems = new CsvProblems();
    private final NetworkSnapshot.Builder builder = NetworkSnapshot.builder();
    private final Map<String, List<Origin>> origins = new HashMap<>();

    private String storesFile = "stores.csv";
    private boolean storesReadable;
    private final Map<String, StoreId> storesById = new LinkedHashMap<>();
    private final Map<String, List<StoreId>> storesByName = new HashMap<>();
    private final Map<StoreId, String> storeNames = new LinkedHashMap<>();
    private String partsFile = "parts.csv";
    private final Map<String, PartNumber> partsByNumber = new HashMap<>();
    private final Map<String, List<PartNumber>> partsByName = new HashMap<>();
    private final Map<String, PartNumber> partsFromStock = new HashMap<>();

    CsvSnapshotReader(OffsetDateTime asOf, TravelModel travel) {
        this.asOf = asOf;
        builder.asOf(asOf).travel(travel);
    }

    /** Reads the tables; the result is present exactly when no problem was found. */
    Optional<NetworkSnapshot> read(Input stores, Optional<Input> parts, Optional<Input> technicians,
            Optional<Input> stock, Optional<Input> capacity) {
        storesFile = stores.name();
        table(stores, STORES_FILE).ifPresent(this::readStores);
        parts.ifPresent(input -> partsFile = input.name());
        parts.flatMap(input -> table(input, PARTS_FILE)).ifPresent(this::readParts);
        technicians.flatMap(input -> table(input, TECHNICIANS_FILE)).ifPresent(this::readTechnicians);
        stock.flatMap(input -> table(input, STOCK_FILE)).ifPresent(this::readStock);
        capacity.flatMap(input -> table(input, CAPACITY_FILE)).ifPresent(this::readCapacity);
        builder.problems().forEach(this::addBuilderProblem);
        if (problems.isEmpty()) {
            return Optional.of(builder.build());
        }
        return Optional.empty();
    }

    /** Every problem found, by file and line. */
    List<InputError> problems() {
        return problems.sorted();
    }

    private Optional<CsvTable> table(Input input, int order) {
        return CsvTable.parse(input.name(), order, input.content(), problems);
    }

    // ---- stores ----

    private void readStores(CsvTable table) {
        CsvHeader header = CsvHeader.bind(table, STORES, problems);
        if (!header.isComplete()) {
            return;
        }
        storesReadable = true;
        Map<String, String> columns = header.texts();
        for (CsvTable.Row row : table.rows()) {
            CsvRecord record = new CsvRecord(header, row, problems);
            String id = record.required("id");
            String name = record.required("name");
            double lat = record.parseRequired("lat", CsvCells::number, 0.0);
            double lon = record.parseRequired("lon", CsvCells::number, 0.0);
            int dailyCapacity = record.parseRequired("dailyCapacity", CsvCells::wholeNumber, 0);
            OptionalDouble bayHours = record.parse("bayHours", cell -> OptionalDouble.of(CsvCells.number(cell)),
                    OptionalDouble.empty());
            if (id.isEmpty()) {
                continue;
            }
            StoreId storeId = registerStore(id, name);
            if (record.isClean()) {
                builder.addStore(new Store(storeId, name, record.text("region"), new GeoPoint(lat, lon),
                        dailyCapacity, bayHours));
                added("stores", new Origin(table, row.line(), columns));
            } else {
                builder.assumeKnown(storeId);
            }
        }
    }

    private StoreId registerStore(String id, String name) {
        StoreId storeId = storesById.computeIfAbsent(id, StoreId::new);
        if (!storeNames.containsKey(storeId)) {
            storeNames.put(storeId, name);
            if (!name.isEmpty() && !name.equals(id)) {
                storesByName.computeIfAbsent(name, key -> new ArrayList<>()).add(storeId);
            }
        }
        return storeId;
    }

    /** The store a cell names by id or name; a problem when it names none. */
    private Optional<StoreId> storeCell(CsvRecord record, String field) {
        String text = record.required(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoreId> store = findStore(text);
        if (store.isEmpty()) {
            record.problem(field, storeTrouble(text));
        }
        return store;
    }

    /**
     * The store with id {@code text}, else the one store named {@code text}. When the stores table could not be
     * read, any text is taken as an id and assumed known, so that its problem is not repeated in every row.
     */
    private Optional<StoreId> findStore(String text) {
        StoreId byId = storesById.get(text);
        if (byId != null) {
            return Optional.of(byId);
        }
        List<StoreId> named = storesByName.getOrDefault(text, List.of());
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        if (named.isEmpty() && !storesReadable) {
            StoreId assumed = new StoreId(text);
            builder.assumeKnown(assumed);
            return Optional.of(assumed);
        }
        return Optional.empty();
    }

    private String storeTrouble(String text) {
        List<StoreId> named = storesByName.getOrDefault(text, List.of());
        if (named.size() > 1) {
            return "the store name \"" + text + "\" is ambiguous: stores " + join(named) + " in " + storesFile
                    + " are all called that; use the store id";
        }
        String known = storeNames.entrySet().stream()
                .limit(STORES_LISTED)
                .map(entry -> entry.getValue().isEmpty() || entry.getValue().equals(entry.getKey().value())
                        ? entry.getKey().value()
                        : entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
        if (storeNames.size() > STORES_LISTED) {
            known += ", ...";
        }
        return "unknown store \"" + text + "\"; expected a store id or name from " + storesFile
                + (known.isEmpty() ? "" : ": " + known);
    }

    // ---- parts ----

    private void readParts(CsvTable table) {
        CsvHeader header = CsvHeader.bind(table, PARTS, problems);
        if (!header.isComplete()) {
            return;
        }
        Map<String, String> columns = header.texts();
        for (CsvTable.Row row : table.rows()) {
            CsvRecord record = new CsvRecord(header, row, problems);
            String number = record.required("partNumber");
            String name = record.required("name");
            Money unitCost = record.parse("unitCost", CsvCells::money, Money.ZERO);
            if (number.isEmpty()) {
                continue;
            }
            PartNumber partNumber = partsByNumber.computeIfAbsent(number, PartNumber::new);
            if (!name.isEmpty() && !name.equals(number)) {
                List<PartNumber> named = partsByName.computeIfAbsent(name, key -> new ArrayList<>());
                if (!named.contains(partNumber)) {
                    named.add(partNumber);
                }
            }
            if (record.isClean()) {
                builder.addPart(new Part(partNumber, name, unitCost));
                added("parts", new Origin(table, row.line(), columns));
            } else {
                builder.assumeKnown(partNumber);
            }
        }
    }

    /**
     * The part a stock row names in its key column: a part number from the parts table, else a name from it,
     * else a part created from this row (named by the row's name column if any, costing its unitCost if any).
     */
    private Optional<PartNumber> partCell(CsvRecord record, String keyField, CsvHeader header) {
        String key = record.required(keyField);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        PartNumber known = partsByNumber.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        List<PartNumber> named = partsByName.getOrDefault(key, List.of());
        if (named.size() > 1) {
            record.problem(keyField, "the part name \"" + key + "\" is ambiguous: parts " + join(named) + " in "
                    + partsFile + " are all called that; use the part number");
            return Optional.empty();
        }
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        PartNumber created = partsFromStock.get(key);
        if (created != null) {
            return Optional.of(created);
        }
        PartNumber number = new PartNumber(key);
        partsFromStock.put(key, number);
        String nameField = keyField.equals("part") && record.has("name") ? "name" : keyField;
        int before = problems.size();
        Money unitCost = record.parse("unitCost", CsvCells::money, Money.ZERO);
        if (problems.size() == before) {
            builder.addPart(new Part(number, record.text(nameField), unitCost));
            added("parts", new Origin(header.table(), record.line(), Map.of("partNumber", header.text(keyField),
                    "name", header.text(nameField), "unitCost", header.text("unitCost"))));
        } else {
            builder.assumeKnown(number);
        }
        return Optional.of(number);
    }

    /** The column that names the part of a stock row: its part number if the table has one, else its name. */
    private Optional<String> partKeyField(CsvHeader header) {
        if (header.has("part")) {
            return Optional.of("part");
        }
        if (header.has("name")) {
            return Optional.of("name");
        }
        CsvTable table = header.table();
        problems.add(table, table.header().line(), "", "the required column " + STOCK_PART.describe() + " or "
                + STOCK_PART_NAME.describe() + " is missing; the header is "
                + String.join(",", table.header().cells()));
        header.markIncomplete();
        return Optional.empty();
    }

    // ---- technicians ----

    private void readTechnicians(CsvTable table) {
        CsvHeader header = CsvHeader.bind(table, TECHNICIANS, problems);
        if (!header.isComplete()) {
            return;
        }
        Map<String, String> columns = header.texts();
        int ordinal = 0;
        for (CsvTable.Row row : table.rows()) {
            ordinal++;
            CsvRecord record = new CsvRecord(header, row, problems);
            // generated from the row's place, so that an id does not change when another row has a problem
            String id = header.has("id") ? record.required("id") : String.format(Locale.ROOT, "T%03d", ordinal);
            String name = record.required("name");
            Optional<StoreId> store = storeCell(record, "store");
            Level level = record.parseRequired("level", CsvCells::level, Level.T1);
            SortedSet<Skill> skills = record.parseRequired("skills", CsvCells::skills, new TreeSet<>());
            TechnicianStatus status = record.parseRequired("status", CsvCells::status, TechnicianStatus.ON_DUTY);
            List<TimeWindow> windows = record.parse("supportWindows", CsvCells::windows, List.of());
            if (record.isClean() && store.isPresent()) {
                builder.addTechnician(new Technician(new TechnicianId(id), name, store.get(), level, skills, status,
                        windows));
                added("technicians", new Origin(table, row.line(), columns));
            }
        }
    }

    // ---- stock ----

    private void readStock(CsvTable table) {
        boolean isLong = table.header().cells().stream()
                .map(STOCK_LONG::column)
                .flatMap(Optional::stream)
                .anyMatch(column -> LONG_STOCK_FIELDS.contains(column.field()));
        if (isLong) {
            readLongStock(table);
        } else {
            readWideStock(table);
        }
    }

    private void readLongStock(CsvTable table) {
        CsvHeader header = CsvHeader.bind(table, STOCK_LONG, problems);
        Optional<String> keyField = partKeyField(header);
        if (!header.isComplete() || keyField.isEmpty()) {
            return;
        }
        Map<String, String> columns = new HashMap<>(header.texts());
        columns.put("part", header.text(keyField.get()));
        for (CsvTable.Row row : table.rows()) {
            CsvRecord record = new CsvRecord(header, row, problems);
            Optional<StoreId> store = storeCell(record, "store");
            Optional<PartNumber> part = partCell(record, keyField.get(), header);
            int onHand = record.parseRequired("onHand", CsvCells::wholeNumber, 0);
            int reserved = record.parse("reserved", CsvCells::wholeNumber, 0);
            int safetyStock = record.parse("safetyStock", CsvCells::wholeNumber, 0);
            double avgDailyDemand = record.parse("avgDailyDemand", CsvCells::number, 0.0);
            Optional<LocalDate> lastMovement =
                    record.parse("lastMovement", cell -> Optional.of(CsvCells.date(cell)), Optional.empty());
            int backorders = record.parse("backorders", CsvCells::wholeNumber, 0);
            if (record.isClean() && store.isPresent() && part.isPresent()) {
                builder.addStock(new StockLevel(store.get(), part.get(), onHand, reserved, safetyStock,
                        avgDailyDemand, lastMovement, backorders));
                added("stock", new Origin(table, row.line(), columns));
            }
        }
    }

    private void readWideStock(CsvTable table) {
        CsvHeader header = CsvHeader.bindOpen(table, STOCK_WIDE, problems);
        Optional<String> keyField = partKeyField(header);
        List<StoreColumn> storeColumns = storeColumns(header);
        if (!header.isComplete() || keyField.isEmpty()) {
            return;
        }
        String partHeader = header.text(keyField.get());
        for (CsvTable.Row row : table.rows()) {
            CsvRecord record = new CsvRecord(header, row, problems);
            Optional<PartNumber> part = partCell(record, keyField.get(), header);
            if (part.isEmpty()) {
                continue;
            }
            for (StoreColumn column : storeColumns) {
                if (row.cell(column.index()).isEmpty()) {
                    continue;
                }
                int before = problems.size();
                int onHand = record.parseCell(column.index(), column.header(), CsvCells::wholeNumber, 0);
                if (problems.size() == before) {
                    builder.addStock(new StockLevel(column.store(), part.get(), onHand, 0, 0, 0.0,
                            Optional.empty()));
                    added("stock", new Origin(table, row.line(),
                            Map.of("store", column.header(), "onHand", column.header(), "part", partHeader)));
                }
            }
        }
    }

    /**
     * The store columns of a wide stock table: every column that is not a part column. A column that names no
     * store is a problem and left out; the other columns are still read.
     */
    private List<StoreColumn> storeColumns(CsvHeader header) {
        CsvTable table = header.table();
        CsvTable.Row headerRow = table.header();
        List<StoreColumn> storeColumns = new ArrayList<>();
        Map<StoreId, String> seen = new HashMap<>();
        for (int index : header.unmatched()) {
            String text = headerRow.cell(index);
            Optional<StoreId> store = findStore(text);
            if (store.isEmpty()) {
                problems.add(table, headerRow.line(), text, "is neither a part column ("
                        + STOCK_WIDE.describeColumns() + ") nor a store: " + storeTrouble(text));
            } else if (seen.containsKey(store.get())) {
                problems.add(table, headerRow.line(), text, "duplicate column of store " + store.get()
                        + "; " + seen.get(store.get()) + " is that store already");
            } else {
                seen.put(store.get(), text);
                storeColumns.add(new StoreColumn(index, text, store.get()));
            }
        }
        if (storeColumns.isEmpty() && header.unmatched().isEmpty()) {
            problems.add(table, headerRow.line(), "", "has no store column; a stock table is either long (store, "
                    + "part, onHand, ...) or wide (the part, then one column per store holding its onHand)");
            header.markIncomplete();
        }
        return storeColumns;
    }

    // ---- capacity ----

    private void readCapacity(CsvTable table) {
        CsvHeader header = CsvHeader.bind(table, CAPACITY, problems);
        if (!header.isComplete()) {
            return;
        }
        Map<String, String> columns = header.texts();
        for (CsvTable.Row row : table.rows()) {
            CsvRecord record = new CsvRecord(header, row, problems);
            Optional<StoreId> store = storeCell(record, "store");
            LocalDate date = record.parse("date", CsvCells::date, asOf.toLocalDate());
            int capacity = record.parseRequired("capacity", CsvCells::wholeNumber, 0);
            int booked = record.parseRequired("booked", CsvCells::wholeNumber, 0);
            if (record.isClean() && store.isPresent()) {
                builder.addCapacity(new CapacityDay(store.get(), date, capacity, booked));
                added("capacity", new Origin(table, row.line(), columns));
            }
        }
    }

    // ---- builder problems back to file places ----

    private void added(String section, Origin origin) {
        origins.computeIfAbsent(section, key -> new ArrayList<>()).add(origin);
    }

    private void addBuilderProblem(InputError problem) {
        Matcher element = ELEMENT.matcher(problem.path());
        if (element.matches()) {
            Origin origin = origin(element.group(1), element.group(2));
            String field = element.group(3);
            String column = field == null ? "" : origin.columns().getOrDefault(field, field);
            String message = FIRST_AT.matcher(problem.message())
                    .replaceAll(first -> Matcher.quoteReplacement(
                            "(first at " + place(origin(first.group(1), first.group(2))) + ")"));
            if (element.group(4) != null) {
                message = (field.equals("supportWindows") ? "window " : "item ")
                        + (Integer.parseInt(element.group(4)) + 1) + " " + message;
            }
            problems.add(origin.table(), origin.line(), column, message);
        } else if (problem.path().equals("stores")) {
            // without a readable stores table there are no stores; that table's own problem says why
            if (!problems.hasAnyInFile(STORES_FILE)) {
                problems.add(storesFile, STORES_FILE, 0, "", problem.message());
            }
        } else {
            problems.addUnplaced(problem);
        }
    }

    private Origin origin(String section, String index) {
        return origins.get(section).get(Integer.parseInt(index));
    }

    private static String place(Origin origin) {
        return origin.table().name() + ":" + origin.line();
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
