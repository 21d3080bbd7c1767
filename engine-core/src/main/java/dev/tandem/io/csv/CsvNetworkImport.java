package dev.tandem.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.TravelModel;

/**
 * Imports a network kept in spreadsheets: the playbook's three tables (技师能力地图, 库存共享表, 产能监控表)
 * plus a table of stores and optionally one of parts, each saved as a CSV file. Immutable and thread-safe; each
 * {@link #read()} reads the files again.
 *
 * <pre>{@code
 * NetworkSnapshot network = CsvNetworkImport.builder()
 *         .asOf(OffsetDateTime.parse("2026-11-27T09:00+08:00"))
 *         .stores(Path.of("stores.csv"))
 *         .technicians(Path.of("technicians.csv"))
 *         .stock(Path.of("stock-wide.csv"))
 *         .capacity(Path.of("capacity.csv"))
 *         .build()
 *         .read();
 * }</pre>
 *
 * <h2>Files</h2>
 * UTF-8 (a byte order mark, as Excel writes one, is ignored), comma-separated, cells optionally quoted with
 * {@code "}; a quoted cell may hold commas and line breaks. Cells are trimmed; blank lines and rows of empty cells
 * are skipped. The first non-blank line is the header. Headers are English (any case; spaces, {@code _} and
 * {@code -} ignored) or the playbook's Chinese, and may carry a unit in brackets, such as {@code 日产能(台)}.
 * Column order does not matter. A column nobody knows is a problem, except a notes column ({@code note},
 * {@code 备注}), which is ignored.
 *
 * <p>Columns (English header, then Chinese headers; <b>bold</b> ones are required):
 * <ul>
 * <li>stores: <b>id</b> 门店编号; <b>name</b> 门店名称 or 门店; region 区域; <b>lat</b> 纬度; <b>lon</b> 经度
 *     (decimal degrees, WGS 84); <b>dailyCapacity</b> 日产能 (jobs a day); bayHours 工位工时.</li>
 * <li>parts (optional file): <b>partNumber</b> 备件编号; <b>name</b> 备件名称; unitCost 单价 (yuan, at most two
 *     decimals, 0 when blank).</li>
 * <li>technicians: id 技师编号; <b>name</b> 技师姓名; <b>store</b> 门店; <b>level</b> 等级 ({@code T1},
 *     {@code T2}, {@code T3}); <b>skills</b> 专长; <b>status</b> 当前状态; supportWindows 本周可支援时间 or
 *     可支援时间. Without an id column the ids are {@code T001}, {@code T002}, ... by data row, counting every
 *     row, so an id does not move when another row has a problem.</li>
 * <li>stock, long form, one row per store and part: <b>store</b> 门店; <b>part</b> 备件编号 or <b>name</b>
 *     备件名称 (at least one); <b>onHand</b> 在库 or 库存; reserved 预留; safetyStock 安全库存;
 *     avgDailyDemand 日均需求 (units a day); lastMovement 最后变动日期; backorders 欠货 (units customers wait
 *     for); unitCost 单价. Blank quantities are
 *     0, a blank lastMovement unknown.</li>
 * <li>stock, wide form (the playbook's 库存共享表), one row per part: the part ({@code part} 备件编号 or
 *     {@code name} 备件名称, at least one), optionally {@code name} and {@code unitCost} 单价, then one column
 *     per store, headed by the store's id or name, holding its onHand. A blank cell means the store has no stock
 *     row for that part; {@code 0} means a row with nothing on hand. The form is told from the header: a header
 *     with a store, onHand, reserved, safetyStock, avgDailyDemand, lastMovement or backorders column is long.</li>
 * <li>capacity: <b>store</b> 门店; date 日期 (the asOf date when the column is missing or the cell blank);
 *     <b>capacity</b> 日产能; <b>booked</b> 今日预约. Utilization and load state (产能利用率, 状态) are derived,
 *     so those columns are ignored.</li>
 * </ul>
 *
 * <h2>Cells</h2>
 * <ul>
 * <li>A store cell, and a store header of a wide stock table, holds the store's id ({@code SZ}) or its name from
 *     the stores file ({@code 深圳店}); ids win over names, and a name two stores share is a problem.</li>
 * <li>A part cell holds a part number or, when the parts file gives names, a part name. A part the parts file
 *     does not have is created from the stock table: number and name the part cell (or the row's name column,
 *     if the part cell is a number), unit cost the row's unitCost or 0. The parts file wins over name and
 *     unitCost cells of the stock table.</li>
 * <li>Whole numbers may carry a unit: {@code 30台}, {@code 5件}. Amounts may carry {@code ¥} or {@code 元}.
 *     Dates are {@code 2026-11-27} or {@code 2026/11/27}.</li>
 * <li>Skills: codes such as {@code HV_SYSTEM} (any case) or 三电 / 三电故障 ({@code HV_SYSTEM}), 钣喷
 *     ({@code BODY_PAINT}), 智能驾驶 ({@code ADAS}), 通用 / 常规保养 ({@code GENERAL}); several separated by
 *     {@code ;}, {@code 、}, {@code |} or a comma.</li>
 * <li>Status: {@code ON_DUTY} 在岗, {@code OFF} 休息, {@code ON_SUPPORT} 支援中, {@code LEAVE} 请假.</li>
 * <li>Support windows: ISO-8601 intervals with offsets,
 *     {@code 2026-11-29T08:00+08:00/2026-11-29T18:00+08:00}, several separated by {@code ;}; blank for
 *     none.</li>
 * </ul>
 *
 * <h2>Problems</h2>
 * Reading checks everything and reports every problem at once in an {@link InvalidSnapshotException}; nothing is
 * built unless all is well. The {@linkplain InputError#path() path} of each problem is its place in the files:
 * {@code file.csv:LINE column}, where {@code LINE} is the 1-based line the row starts on (blank lines count) and
 * {@code column} the header as written in the file, such as {@code stock.csv:12 在库: -3 is negative}. A problem
 * of a whole row leaves out the column ({@code stock.csv:12: duplicate stock ...}), one of a whole file also the
 * line ({@code stores.csv: is empty ...}). Problems are listed by file (stores, parts, technicians, stock,
 * capacity) and line. The rules of the snapshot itself are those of {@link NetworkSnapshot.Builder#problems()},
 * reported at the row that broke them.
 */
public final class CsvNetworkImport {

    private final OffsetDateTime asOf;
    private final TravelModel travel;
    private final Source stores;
    private final Optional<Source> parts;
    private final Optional<Source> technicians;
    private final Optional<Source> stock;
    private final Optional<Source> capacity;

    private CsvNetworkImport(Builder builder) {
        this.asOf = builder.asOf;
        this.travel = builder.travel;
        this.stores = builder.stores;
        this.parts = Optional.ofNullable(builder.parts);
        this.technicians = Optional.ofNullable(builder.technicians);
        this.stock = Optional.ofNullable(builder.stock);
        this.capacity = Optional.ofNullable(builder.capacity);
    }

    /** A builder without files; set asOf and at least the stores table. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the files and builds the snapshot.
     *
     * @throws IOException if a file cannot be read
     * @throws InvalidSnapshotException listing every problem of the content, each at {@code file.csv:LINE column}
     */
    public NetworkSnapshot read() throws IOException {
        CsvSnapshotReader reader = new CsvSnapshotReader(asOf, travel);
        CsvSnapshotReader.Input storesInput = stores.load();
        Optional<NetworkSnapshot> snapshot = reader.read(storesInput, load(parts), load(technicians), load(stock),
                load(capacity));
        if (snapshot.isEmpty()) {
            throw invalid(reader.problems());
        }
        return snapshot.get();
    }

    /**
     * The problems under a heading that names the documents they are in: {@code The stores file (stores.csv)}
     * when they are all in one file, else {@code The CSV import (stores.csv, capacity.csv)} naming the files
     * with problems.
     */
    private InvalidSnapshotException invalid(List<InputError> problems) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(stores.name(), "stores file");
        parts.ifPresent(source -> roles.put(source.name(), "parts file"));
        technicians.ifPresent(source -> roles.put(source.name(), "technicians file"));
        stock.ifPresent(source -> roles.put(source.name(), "stock file"));
        capacity.ifPresent(source -> roles.put(source.name(), "capacity file"));
        Set<String> files = new LinkedHashSet<>();
        for (InputError problem : problems) {
            String path = problem.path();
            int colon = path.indexOf(':');
            files.add(colon < 0 ? path : path.substring(0, colon));
        }
        if (!roles.keySet().containsAll(files)) {
            files = roles.keySet();
        }
        if (files.size() == 1) {
            String file = files.iterator().next();
            return new InvalidSnapshotException(roles.get(file), file, problems);
        }
        List<String> named = roles.keySet().stream().filter(files::contains).toList();
        return new InvalidSnapshotException("CSV import", String.join(", ", named), problems);
    }

    /** The file names problems are reported under, in the order the files are read. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add(stores.name());
        for (Optional<Source> source : List.of(parts, technicians, stock, capacity)) {
            source.ifPresent(present -> names.add(present.name()));
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return "CsvNetworkImport[asOf=" + asOf + ", files=" + fileNames() + "]";
    }

    private static Optional<CsvSnapshotReader.Input> load(Optional<Source> source) throws IOException {
        return source.isPresent() ? Optional.of(source.get().load()) : Optional.empty();
    }

    /** A CSV file on disk or in memory. */
    private interface Source {

        String name();

        CsvSnapshotReader.Input load() throws IOException;
    }

    private record FileSource(Path file) implements Source {

        @Override
        public String name() {
            Path fileName = file.getFileName();
            return fileName == null ? file.toString() : fileName.toString();
        }

        @Override
        public CsvSnapshotReader.Input load() throws IOException {
            return new CsvSnapshotReader.Input(name(), Files.readAllBytes(file));
        }
    }

    private static final class ContentSource implements Source {

        private final String name;
        private final byte[] content;

        ContentSource(String name, byte[] content) {
            checkArgument(!name.isBlank(), "The file name of CSV content must not be blank.");
            this.name = name;
            this.content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public CsvSnapshotReader.Input load() {
            return new CsvSnapshotReader.Input(name, content.clone());
        }
    }

    /**
     * Collects the files of an import. Each table comes from a file ({@link Path}), reported under its file name,
     * or from UTF-8 bytes with a name to report them under, such as an upload. Setting a table again replaces
     * it. Not thread-safe.
     */
    public static final class Builder {

        private OffsetDateTime asOf;
        private TravelModel travel = HaversineTravel.DEFAULT;
        private Source stores;
        private Source parts;
        private Source technicians;
        private Source stock;
        private Source capacity;

        private Builder() {
        }

        /** The moment the snapshot describes; required. Its date is the date of capacity rows without one. */
        public Builder asOf(OffsetDateTime asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /** The travel model between stores; {@link HaversineTravel#DEFAULT} unless set. */
        public Builder travel(TravelModel travel) {
            this.travel = Objects.requireNonNull(travel, "travel");
            return this;
        }

        /** The stores table; required. */
        public Builder stores(Path file) {
            this.stores = new FileSource(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The stores table as UTF-8 bytes, reported as {@code fileName}; required (this or a file). */
        public Builder stores(String fileName, byte[] content) {
            this.stores = new ContentSource(fileName, content);
            return this;
        }

        /** The parts table; optional, parts are then created from the stock table. */
        public Builder parts(Path file) {
            this.parts = new FileSource(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The parts table as UTF-8 bytes, reported as {@code fileName}. */
        public Builder parts(String fileName, byte[] content) {
            this.parts = new ContentSource(fileName, content);
            return this;
        }

        /** The technician capability map (技师能力地图); optional. */
        public Builder technicians(Path file) {
            this.technicians = new FileSource(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The technician capability map as UTF-8 bytes, reported as {@code fileName}. */
        public Builder technicians(String fileName, byte[] content) {
            this.technicians = new ContentSource(fileName, content);
            return this;
        }

        /** The stock table (库存共享表), long or wide form; optional. */
        public Builder stock(Path file) {
            this.stock = new FileSource(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The stock table as UTF-8 bytes, reported as {@code fileName}. */
        public Builder stock(String fileName, byte[] content) {
            this.stock = new ContentSource(fileName, content);
            return this;
        }

        /** The capacity monitor (产能监控表); optional. */
        public Builder capacity(Path file) {
            this.capacity = new FileSource(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The capacity monitor as UTF-8 bytes, reported as {@code fileName}. */
        public Builder capacity(String fileName, byte[] content) {
            this.capacity = new ContentSource(fileName, content);
            return this;
        }

        /**
         * The import; nothing is read yet.
         *
         * @throws IllegalStateException if asOf or the stores table is missing, or two tables have one file name
         */
        public CsvNetworkImport build() {
            checkState(asOf != null, "The asOf of a CSV import is required.\n"
                    + "Maybe call asOf(OffsetDateTime.now()) or give the moment the spreadsheets describe.");
            checkState(stores != null, "The stores table of a CSV import is required.\n"
                    + "Maybe call stores(Path.of(\"stores.csv\")).");
            CsvNetworkImport result = new CsvNetworkImport(this);
            List<String> names = result.fileNames();
            checkState(names.stream().distinct().count() == names.size(),
                    "The tables of a CSV import have the same file name (%s), so problems could not tell them "
                            + "apart.\nMaybe rename one of the files.", names);
            return result;
        }
    }
}
