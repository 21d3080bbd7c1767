package dev.tandem.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.travel.HaversineTravel;

class CsvNetworkImportTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00+08:00");
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId GZ = StoreId.of("GZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId FS = StoreId.of("FS");
    private static final String EN_STORES = """
            id,name,region,lat,lon,dailyCapacity
            SZ,Shenzhen,PRD,22.54,114.06,30
            GZ,Guangzhou,PRD,23.13,113.26,25
            """;
    private static final String ZH_STORES = """
            门店编号,门店名称,纬度,经度,日产能
            SZ,深圳店,22.54,114.06,30
            GZ,广州店,23.13,113.26,25
            """;

    @Nested
    class PlaybookTables {

        private final NetworkSnapshot network = read(CsvNetworkImport.builder()
                .asOf(AS_OF)
                .stores(fixture("zh/stores.csv"))
                .technicians(fixture("zh/technicians.csv"))
                .stock(fixture("zh/stock-wide.csv"))
                .capacity(fixture("zh/capacity.csv")));

        @Test
        void storesTableGivesIdsNamesAndCoordinates() {
            assertThat(network.stores()).containsExactly(
                    Store.of("SZ", "深圳店", "珠三角", 22.5431, 114.0579, 30),
                    Store.of("GZ", "广州店", "珠三角", 23.1291, 113.2644, 25),
                    Store.of("DG", "东莞店", "珠三角", 23.0207, 113.7518, 20),
                    Store.of("FS", "佛山店", "珠三角", 23.0218, 113.1219, 22));
        }

        @Test
        void technicianMapGivesStoreLevelSkillStatusAndWindowsWithGeneratedIds() {
            assertThat(network.technicians()).containsExactly(
                    Technician.of("T001", "张伟", "SZ", Level.T3, Set.of(Skill.HV_SYSTEM), TechnicianStatus.ON_DUTY,
                            List.of(window("2026-12-02T08:00+08:00", "2026-12-02T18:00+08:00"))),
                    Technician.of("T002", "李娜", "GZ", Level.T2, Set.of(Skill.BODY_PAINT), TechnicianStatus.ON_DUTY,
                            List.of()),
                    Technician.of("T003", "王强", "DG", Level.T3, Set.of(Skill.ADAS), TechnicianStatus.ON_DUTY,
                            List.of(window("2026-12-04T13:00+08:00", "2026-12-04T18:00+08:00"))));
        }

        @Test
        void wideStockTableGivesOnHandPerStoreAndCreatesItsParts() {
            assertThat(onHand(network, "前大灯-左")).containsExactly(2, 0, 3, 1);
            assertThat(onHand(network, "后视镜-右")).containsExactly(5, 8, 2, 0);
            assertThat(onHand(network, "雨刮片")).containsExactly(12, 3, 7, 15);
            assertThat(network.parts()).containsExactly(
                    Part.of("前大灯-左", "前大灯-左", Money.ZERO),
                    Part.of("后视镜-右", "后视镜-右", Money.ZERO),
                    Part.of("雨刮片", "雨刮片", Money.ZERO));
        }

        @Test
        void capacityTableGivesTodaysLoadWithUnitsAndIgnoresItsDerivedColumns() {
            LocalDate today = AS_OF.toLocalDate();
            assertThat(network.capacity()).containsExactly(
                    new CapacityDay(SZ, today, 30, 32),
                    new CapacityDay(GZ, today, 25, 20),
                    new CapacityDay(DG, today, 20, 12));
            // the playbook's own 状态 column: 超载, 健康, 空闲
            assertThat(network.capacity()).extracting((CapacityDay day) -> LoadThresholds.DEFAULT.classify(day))
                    .containsExactly(LoadState.OVERLOADED, LoadState.HEALTHY, LoadState.IDLE);
        }

        @Test
        void excelByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
            byte[] bytes = Files.readAllBytes(fixture("zh/stock-wide.csv"));
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(network.stock()).hasSize(12);
        }
    }

    @Nested
    class EnglishTables {

        private final NetworkSnapshot network = read(CsvNetworkImport.builder()
                .asOf(AS_OF)
                .stores(fixture("en/stores.csv"))
                .parts(fixture("en/parts.csv"))
                .technicians(fixture("en/technicians.csv"))
                .stock(fixture("en/stock-long.csv"))
                .capacity(fixture("en/capacity.csv")));

        @Test
        void partsTableGivesNamesAndExactCosts() {
            assertThat(network.parts()).containsExactly(
                    Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)),
                    Part.of("MR-R", "Mirror right", Money.ofCents(65050)),
                    Part.of("WB", "Wiper blade", Money.ofYuan(45)));
        }

        @Test
        void techniciansKeepTheirIdsAndReadCodesInAnyCase() {
            assertThat(network.technicians()).containsExactly(
                    Technician.of("T101", "Zhang Wei", "SZ", Level.T3, Set.of(Skill.HV_SYSTEM),
                            TechnicianStatus.ON_DUTY,
                            List.of(window("2026-12-02T08:00+08:00", "2026-12-02T18:00+08:00"))),
                    Technician.of("T102", "Li Na", "GZ", Level.T2, Set.of(Skill.BODY_PAINT),
                            TechnicianStatus.ON_DUTY, List.of()),
                    Technician.of("T103", "Wang Qiang", "DG", Level.T3, Set.of(Skill.ADAS, Skill.GENERAL),
                            TechnicianStatus.ON_SUPPORT,
                            List.of(window("2026-12-04T13:00+08:00", "2026-12-04T18:00+08:00"),
                                    window("2026-12-05T08:00+08:00", "2026-12-05T12:00+08:00"))),
                    Technician.of("T104", "Zhao Min", "FS", Level.T1, Set.of(Skill.GENERAL), TechnicianStatus.LEAVE,
                            List.of()));
        }

        @Test
        void longStockGivesOnHandPerStoreAndPart() {
            assertThat(onHand(network, "HL-FL")).containsExactly(2, 0, 3, 1);
            assertThat(onHand(network, "MR-R")).containsExactly(5, 8, 2, 0);
            assertThat(onHand(network, "WB")).containsExactly(12, 3, 7, 15);
        }

        @Test
        void capacityRowsKeepTheirDates() {
            assertThat(network.capacity()).containsExactly(
                    new CapacityDay(SZ, LocalDate.of(2026, 11, 27), 30, 32),
                    new CapacityDay(GZ, LocalDate.of(2026, 11, 27), 25, 20),
                    new CapacityDay(DG, LocalDate.of(2026, 11, 27), 20, 12),
                    new CapacityDay(SZ, LocalDate.of(2026, 11, 28), 30, 18));
        }
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource({
            "zh, zh/stock-long.csv, zh/stock-wide.csv",
            "en, en/stock-long.csv, en/stock-wide.csv"})
    void longAndWideStockGiveTheSameStockAndParts(String language, String longForm, String wideForm) {
        NetworkSnapshot fromLong = read(CsvNetworkImport.builder().asOf(AS_OF)
                .stores(fixture(language + "/stores.csv")).stock(fixture(longForm)));
        NetworkSnapshot fromWide = read(CsvNetworkImport.builder().asOf(AS_OF)
                .stores(fixture(language + "/stores.csv")).stock(fixture(wideForm)));

        assertThat(fromLong.stock()).hasSize(12).isEqualTo(fromWide.stock());
        assertThat(fromLong.parts()).hasSize(3).isEqualTo(fromWide.parts());
    }

    @Test
    void longStockReadsEveryColumnAndCreatesMissingPartsFromItsNameAndCost() {
        NetworkSnapshot network = read(CsvNetworkImport.builder().asOf(AS_OF)
                .travel(new HaversineTravel(1.5, 40))
                .stores("stores.csv", utf8(EN_STORES))
                .parts("parts.csv", utf8("partNumber,name,unitCost\nHL-FL,Headlamp front left,1800\n"))
                .stock("stock.csv", utf8("""
                        Store,Part Number,Name,Unit Cost,On Hand,Reserved,Safety Stock,Avg Daily Demand,Last Movement
                        SZ,HL-FL,ignored: parts.csv names it,1.00,4,1,2,0.25,2026-10-01
                        Guangzhou,BAT-12V,12V battery,¥680.5,3,,,,2026/11/20
                        """)));

        assertThat(network.stock()).containsExactly(
                new StockLevel(SZ, PartNumber.of("HL-FL"), 4, 1, 2, 0.25, Optional.of(LocalDate.of(2026, 10, 1))),
                new StockLevel(GZ, PartNumber.of("BAT-12V"), 3, 0, 0, 0.0, Optional.of(LocalDate.of(2026, 11, 20))));
        assertThat(network.parts()).containsExactly(
                Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)),
                Part.of("BAT-12V", "12V battery", Money.ofCents(68050)));
        assertThat(network.travel()).isEqualTo(new HaversineTravel(1.5, 40));
    }

    @Test
    void stockPartCellsMayUseTheNamesOfThePartsTable() {
        NetworkSnapshot network = read(CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(ZH_STORES))
                .parts("parts.csv", utf8("备件编号,备件名称,单价(元)\nHL-FL,前大灯-左,1800\nWB,雨刮片,45\n"))
                .stock("stock.csv", utf8("备件名称,深圳店,GZ\n前大灯-左,2,0\n雨刮片,12,3\n")));

        assertThat(network.parts()).extracting(Part::number)
                .containsExactly(PartNumber.of("HL-FL"), PartNumber.of("WB"));
        assertThat(network.stock(SZ, PartNumber.of("HL-FL"))).map(StockLevel::onHand).hasValue(2);
        assertThat(network.stock(GZ, PartNumber.of("WB"))).map(StockLevel::onHand).hasValue(3);
    }

    @Test
    void byteOrderMarkSpacesQuotesBlankLinesAndEveryVocabularyAreTolerated() {
        byte[] technicians = utf8("\uFEFF"
                + "\n"
                + "  门店 , 技师姓名 ,等级,专长,当前状态,可支援时间\n"
                + "深圳店,  张伟  ,t3,\"三电故障, 钣喷\",在岗,\n"
                + ",,,,,\n"
                + "\n"
                + "GZ,李娜,T2,钣喷|智能驾驶,休息,\"2026-12-02T08:00+08:00/2026-12-02T18:00+08:00;\n"
                + "2026-12-03T08:00+08:00/2026-12-03T12:00+08:00\"\n"
                + "广州店,王强,T3,通用、常规保养;ADAS,支援中,\n"
                + "深圳店,赵敏,T1,hv_system,请假,\n");

        NetworkSnapshot network = read(CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(ZH_STORES))
                .technicians("technicians.csv", technicians));

        assertThat(network.technicians()).containsExactly(
                Technician.of("T001", "张伟", "SZ", Level.T3, Set.of(Skill.HV_SYSTEM, Skill.BODY_PAINT),
                        TechnicianStatus.ON_DUTY, List.of()),
                Technician.of("T002", "李娜", "GZ", Level.T2, Set.of(Skill.BODY_PAINT, Skill.ADAS),
                        TechnicianStatus.OFF,
                        List.of(window("2026-12-02T08:00+08:00", "2026-12-02T18:00+08:00"),
                                window("2026-12-03T08:00+08:00", "2026-12-03T12:00+08:00"))),
                Technician.of("T003", "王强", "GZ", Level.T3, Set.of(Skill.GENERAL, Skill.ADAS),
                        TechnicianStatus.ON_SUPPORT, List.of()),
                Technician.of("T004", "赵敏", "SZ", Level.T1, Set.of(Skill.HV_SYSTEM), TechnicianStatus.LEAVE,
                        List.of()));
    }

    @Test
    void byteOrderMarkBeforeAnEnglishHeaderIsIgnored() {
        NetworkSnapshot network = read(CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("\uFEFF" + EN_STORES)));

        assertThat(network.stores()).extracting(Store::id).containsExactly(SZ, GZ);
    }

    @Test
    void everyProblemIsReportedAtOnceWithFileLineAndColumn() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("""
                        id,name,region,lat,lon,dailyCapacity
                        SZ,Shenzhen,PRD,22.54,114.06,30
                        GZ,Guangzhou,PRD,north,113.26,25
                        """))
                .technicians("technicians.csv", utf8("""
                        name,store,level,skills,status
                        Zhang Wei,SZ,T4,HV_SYSTEM,ON_DUTY
                        Li Na,ZH,T2,喷漆,在岗
                        Wang Qiang,GZ,T3,ADAS,出差
                        """))
                .stock("stock.csv", utf8("""
                        store,part,onHand,reserved
                        SZ,HL-FL,-3,0
                        SZ,WB,2,5
                        GZ,WB,x,
                        """))
                .capacity("capacity.csv", utf8("""
                        store,capacity,booked
                        SZ,0,5
                        SZ,30,
                        """));

        InvalidSnapshotException thrown = invalid(csv);

        assertThat(thrown.problems()).extracting(InputError::toString).containsExactly(
                "stores.csv:3 lat: \"north\" is not a number",
                "technicians.csv:2 level: \"T4\" is not a level; expected T1, T2 or T3",
                "technicians.csv:3 store: unknown store \"ZH\"; expected a store id or name from stores.csv: "
                        + "SZ (Shenzhen), GZ (Guangzhou)",
                "technicians.csv:3 skills: \"喷漆\" is not a skill; expected a code such as HV_SYSTEM or one of "
                        + "三电, 三电故障, 三电系统, 钣喷, 钣金喷漆, 智能驾驶, 智驾, 通用, 常规保养, 保养",
                "technicians.csv:4 status: \"出差\" is not a status; expected one of ON_DUTY (在岗), OFF (休息), "
                        + "ON_SUPPORT (支援中), LEAVE (请假)",
                "stock.csv:2 onHand: -3 is negative",
                "stock.csv:3 reserved: 5 is more than onHand (2)",
                "stock.csv:4 onHand: \"x\" is not a whole number",
                "capacity.csv:2 capacity: 0 must be positive",
                "capacity.csv:3 booked: is required");
        assertThat(thrown).hasMessageStartingWith(
                "The CSV import (stores.csv, technicians.csv, stock.csv, capacity.csv) has 10 problems:\n"
                        + "  stores.csv:3 lat: \"north\" is not a number\n");
    }

    @Test
    void theHeadingNamesTheOneFileWithProblems() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("门店.csv", utf8("""
                        id,name,lat,lon,dailyCapacity
                        SZ,Shenzhen,north,114.06,30
                        """))
                .parts("parts.csv", utf8("""
                        partNumber,name,unitCost
                        HL-FL,Headlight,320
                        """));

        InvalidSnapshotException thrown = invalid(csv);

        assertThat(thrown).hasMessageStartingWith("The stores file (门店.csv) has 1 problem:\n"
                + "  门店.csv:2 lat: \"north\" is not a number");
    }

    @Test
    void snapshotRulesAreReportedAtTheRowAndColumnAsWrittenInTheFile() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("""
                        门店编号,门店名称,纬度,经度,日产能
                        SZ,深圳店,22.54,114.06,30
                        GZ,广州店,95,113.26,0
                        """))
                .technicians("technicians.csv", utf8("""
                        技师编号,技师姓名,门店,等级,专长,当前状态,本周可支援时间
                        T1,张伟,深圳店,T3,三电,在岗,2026-12-02T18:00+08:00/2026-12-02T08:00+08:00
                        T1,李娜,广州店,T2,钣喷,在岗,
                        """))
                .stock("stock.csv", utf8("""
                        备件名称,深圳店,广州店
                        前大灯-左,-3,0

                        前大灯-左,1,1
                        """))
                .capacity("capacity.csv", utf8("""
                        日期,门店,日产能,今日预约
                        2026-11-27,深圳店,30,-1
                        """));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "stores.csv:3 纬度: 95.0 is not a latitude in [-90, 90]",
                "stores.csv:3 日产能: 0 must be positive",
                "technicians.csv:2 本周可支援时间: window 1 ends (2026-12-02T08:00+08:00) before or when it starts "
                        + "(2026-12-02T18:00+08:00)",
                "technicians.csv:3 技师编号: duplicate technician id \"T1\" (first at technicians.csv:2)",
                "stock.csv:2 深圳店: -3 is negative",
                "stock.csv:4: duplicate stock of part \"前大灯-左\" at store \"SZ\" (first at stock.csv:2)",
                "stock.csv:4: duplicate stock of part \"前大灯-左\" at store \"GZ\" (first at stock.csv:2)",
                "capacity.csv:2 今日预约: -1 is negative");
    }

    @Test
    void partsCreatedFromTheStockTableAreCheckedAtTheirRow() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(ZH_STORES))
                .stock("stock.csv", utf8("备件编号,备件名称,单价,深圳店\nHL-FL,前大灯-左,-5,1\nWB,,abc,2\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "stock.csv:2 单价: -5.00 is negative",
                "stock.csv:3 单价: \"abc\" is not an amount in yuan");
    }

    @Test
    void lastMovementAfterTheSnapshotDateIsReportedAtItsCell() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(EN_STORES))
                .stock("stock.csv", utf8("store,part,onHand,lastMovement\nSZ,WB,1,2026-11-27\nGZ,WB,1,2026-11-28\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString)
                .containsExactly("stock.csv:3 lastMovement: 2026-11-28 is after the snapshot date (2026-11-27)");
    }

    @Test
    void headerProblemsNameTheColumnAndStopOnlyThatTable() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(EN_STORES))
                .technicians("technicians.csv", utf8("""
                        name,store,level,skills,grade,备注
                        Zhang Wei,SZ,T3,HV_SYSTEM,A,老师傅
                        """))
                .stock("stock.csv", utf8("""
                        store,part,onHand,库存,,
                        SZ,WB,1,1,,
                        SZ,HL-FL,1,1,7,
                        GZ,HL-FL,1,1,,,8
                        """))
                .capacity("capacity.csv", utf8("store,capacity,booked\nSZ,30,32\nGZ,25,-1\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "technicians.csv:1 grade: unknown column; expected one of id (技师编号), name (技师姓名), "
                        + "store (门店), level (等级), skills (专长), status (当前状态), supportWindows (本周可支援时间)",
                "technicians.csv:1: the required column status (当前状态) is missing; the header is "
                        + "name,store,level,skills,grade,备注",
                "stock.csv:1 库存: duplicate column: both onHand and 库存 are onHand",
                "stock.csv:1 column 5: has no header but holds data, such as \"7\" at line 3",
                "stock.csv:4: has 7 cells but the header has 6; the cell \"8\" has no column",
                "capacity.csv:3 booked: -1 is negative");
    }

    @Test
    void wideStockColumnThatIsNoStoreIsReportedAndTheOtherColumnsStillRead() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(ZH_STORES))
                .stock("stock.csv", utf8("备件名称,深圳店,珠海店,SZ\n雨刮片,12,4,1\n后视镜-右,x,0,2\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "stock.csv:1 珠海店: is neither a part column (part (备件编号), name (备件名称), unitCost (单价)) nor a "
                        + "store: unknown store \"珠海店\"; expected a store id or name from stores.csv: SZ (深圳店), "
                        + "GZ (广州店)",
                "stock.csv:1 SZ: duplicate column of store SZ; 深圳店 is that store already",
                "stock.csv:3 深圳店: \"x\" is not a whole number");
    }

    @Test
    void storeNameThatTwoStoresShareIsAmbiguousButTheirIdsAreNot() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("id,name,lat,lon,dailyCapacity\nSZ1,深圳店,22.5,114.0,30\n"
                        + "SZ2,深圳店,22.6,114.1,20\n"))
                .capacity("capacity.csv", utf8("store,capacity,booked\nSZ1,30,1\n深圳店,20,1\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "capacity.csv:3 store: the store name \"深圳店\" is ambiguous: stores SZ1, SZ2 in stores.csv are all "
                        + "called that; use the store id");
    }

    @Test
    void rowWithAProblemIsLeftOutSoItsIdIsNotReportedAgainWhereItIsUsed() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("id,name,lat,lon,dailyCapacity\nSZ,Shenzhen,22.5,114.0,many\n"))
                .parts("parts.csv", utf8("partNumber,name,unitCost\nWB,Wiper blade,0.001\n"))
                .stock("stock.csv", utf8("store,part,onHand\nShenzhen,WB,1\n"));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "stores.csv:2 dailyCapacity: \"many\" is not a whole number",
                "parts.csv:2 unitCost: \"0.001\" is not an amount in yuan with at most two decimals");
    }

    @Test
    void problemLinesAreFileLinesCountingBlankLinesAndLineBreaksInQuotes() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8(EN_STORES))
                .technicians("technicians.csv", utf8("""

                        name,store,level,skills,status,supportWindows
                        Zhang Wei,SZ,T3,ADAS,ON_DUTY,"2026-12-02T08:00+08:00/2026-12-02T18:00+08:00;
                        2026-12-03T08:00+08:00/2026-12-03T12:00+08:00"

                        Li Na,SZ,T3,ADAS,ON_DUTY,周三全天
                        """));

        assertThat(invalid(csv).problems()).extracting(InputError::toString).containsExactly(
                "technicians.csv:6 supportWindows: \"周三全天\" is not an ISO-8601 interval with offsets, such as "
                        + "2026-11-29T08:00+08:00/2026-11-29T18:00+08:00");
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheLineOfTheFirstBadByte() {
        // 深圳店 in GBK, as Excel saves "CSV (逗号分隔)" on a Chinese Windows
        byte[] gbk = {(byte) 0xC9, (byte) 0xEE, (byte) 0xDB, (byte) 0xDA, (byte) 0xB5, (byte) 0xEA};
        byte[] header = utf8("id,name,lat,lon,dailyCapacity\nSZ,");
        byte[] rest = utf8(",22.5,114.0,30\n");
        byte[] stores = new byte[header.length + gbk.length + rest.length];
        System.arraycopy(header, 0, stores, 0, header.length);
        System.arraycopy(gbk, 0, stores, header.length, gbk.length);
        System.arraycopy(rest, 0, stores, header.length + gbk.length, rest.length);

        assertThat(invalid(CsvNetworkImport.builder().asOf(AS_OF).stores("stores.csv", stores)).problems())
                .extracting(InputError::toString).containsExactly(
                        "stores.csv:2: is not UTF-8 text; save the file as \"CSV UTF-8\" (in Excel: 另存为 → CSV UTF-8)");
    }

    @Test
    void emptyFileAndBrokenQuotesAreReportedPerFile() {
        CsvNetworkImport.Builder csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores("stores.csv", utf8("\n,,,\n"))
                .stock("stock.csv", utf8("store,part,onHand\nSZ,\"WB,1\n"));

        List<InputError> problems = invalid(csv).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .hasToString("stores.csv: is empty; expected a header line and then one line per row");
        // named at the row where the quote opened, not at the end of the file where parsing failed
        assertThat(problems.get(1).path()).isEqualTo("stock.csv:2");
        assertThat(problems.get(1).message()).startsWith("is not valid CSV: ").endsWith("(found at line 3)");
    }

    @Test
    void missingFileIsAnIoExceptionNotAProblem() {
        CsvNetworkImport csv = CsvNetworkImport.builder().asOf(AS_OF)
                .stores(Path.of("no-such-dir", "stores.csv")).build();

        assertThatThrownBy(csv::read).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void asOfAndStoresAreRequiredAndFileNamesMustDiffer() {
        assertThatThrownBy(() -> CsvNetworkImport.builder().stores("stores.csv", utf8(EN_STORES)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> CsvNetworkImport.builder().asOf(AS_OF).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stores table");
        assertThatThrownBy(() -> CsvNetworkImport.builder().asOf(AS_OF).stores("a.csv", utf8(EN_STORES))
                .stock("a.csv", utf8("store,part,onHand\n")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[a.csv, a.csv]");
    }

    @Test
    void fileNamesAreThoseOfThePathsInReadingOrder() {
        CsvNetworkImport csv = CsvNetworkImport.builder().asOf(AS_OF)
                .capacity(fixture("zh/capacity.csv"))
                .stores(fixture("zh/stores.csv"))
                .stock("upload-42.csv", utf8("store,part,onHand\n"))
                .build();

        assertThat(csv.fileNames()).containsExactly("stores.csv", "upload-42.csv", "capacity.csv");
    }

    private static NetworkSnapshot read(CsvNetworkImport.Builder builder) {
        try {
            return builder.build().read();
        } catch (IOException e) {
            throw new AssertionError("A fixture cannot be read.", e);
        }
    }

    private static InvalidSnapshotException invalid(CsvNetworkImport.Builder builder) {
        InvalidSnapshotException thrown =
                catchThrowableOfType(InvalidSnapshotException.class, () -> builder.build().read());
        assertThat(thrown).as("the import should have been rejected").isNotNull();
        return thrown;
    }

    /** The onHand of {@code part} at SZ, GZ, DG and FS. */
    private static List<Integer> onHand(NetworkSnapshot network, String part) {
        return List.of(SZ, GZ, DG, FS).stream()
                .map(store -> network.stock(store, PartNumber.of(part)).orElseThrow().onHand())
                .toList();
    }

    private static TimeWindow window(String from, String to) {
        return new TimeWindow(OffsetDateTime.parse(from), OffsetDateTime.parse(to));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    private static Path fixture(String name) {
        URL url = CsvNetworkImportTest.class.getResource("/csv/" + name);
        if (url == null) {
            throw new AssertionError("The fixture (/csv/" + name + ") is missing.");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
