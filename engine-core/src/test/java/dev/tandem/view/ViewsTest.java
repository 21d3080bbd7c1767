package dev.tandem.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class ViewsTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId GZ = StoreId.of("GZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId FS = StoreId.of("FS");

    @Test
    void capabilityMapFindsTheBatteryExpertsNearestFirst() {
        TechnicianCapabilityMap map = new TechnicianCapabilityMap(SOUTH_CHINA);

        List<TechnicianCapabilityMap.Entry> experts = map.find(TechnicianQuery.ALL.withSkill(Skill.HV_SYSTEM)
                .withMinimumLevel(Level.T3).withDriveFrom(SZ));

        assertThat(experts).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.technician().hasSkill(Skill.HV_SYSTEM)).isTrue();
            assertThat(entry.technician().level()).isEqualTo(Level.T3);
        });
        assertThat(experts).extracting(entry -> entry.drive().orElseThrow().driveMinutes()).isSorted();
        assertThat(experts).extracting(entry -> entry.technician().name()).contains("Wang Qiang");
    }

    @Test
    void capabilityMapWindowKeepsOnlyTechniciansWhoCanSupportThen() {
        TechnicianCapabilityMap map = new TechnicianCapabilityMap(SOUTH_CHINA);
        TimeWindow fridayAfternoon = TimeWindow.of(OffsetDateTime.parse("2026-12-04T13:00:00+08:00"),
                OffsetDateTime.parse("2026-12-04T18:00:00+08:00"));

        List<TechnicianCapabilityMap.Entry> free = map.find(TechnicianQuery.ALL.availableIn(fridayAfternoon));

        assertThat(free).isNotEmpty().allSatisfy(entry -> assertThat(entry.supportWindows())
                .isNotEmpty().allMatch(fridayAfternoon::overlaps));
        assertThat(free.size()).isLessThan(SOUTH_CHINA.technicians().size());
    }

    @Test
    void sharedStockTableShowsThePlaybookRows() {
        SharedStockTable table = new SharedStockTable(SOUTH_CHINA);

        SharedStockTable.PartStock headlamp = table.part(PartNumber.of("HL-FL"));

        assertThat(headlamp.at(SZ).orElseThrow().onHand()).isEqualTo(2);
        assertThat(headlamp.at(GZ).orElseThrow().onHand()).isEqualTo(0);
        assertThat(headlamp.at(DG).orElseThrow().onHand()).isEqualTo(3);
        assertThat(headlamp.at(FS).orElseThrow().onHand()).isEqualTo(1);
        assertThat(headlamp.totalOnHand()).isEqualTo(headlamp.holdings().stream().mapToInt(l -> l.onHand()).sum());
        String printed = table.table(List.of(PartNumber.of("WIPER")), List.of(SZ, GZ, DG, FS)).render();
        assertThat(printed.lines().skip(2).findFirst().orElseThrow()).containsSubsequence("12", "3", "7", "15");
    }

    @Test
    void pilesAreTheHoldingsFarAboveTheNetworkMean() {
        SharedStockTable table = new SharedStockTable(SOUTH_CHINA, new PileRule(3.0, 5));

        List<SharedStockTable.Pile> piles = table.piles();

        assertThat(piles).isNotEmpty().allSatisfy(pile -> {
            assertThat(pile.level().onHand()).isGreaterThanOrEqualTo(5);
            assertThat(pile.timesNetworkMean()).isGreaterThanOrEqualTo(3.0);
        });
        assertThat(piles).extracting(SharedStockTable.Pile::value).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(piles).anyMatch(pile -> pile.level().store().equals(GZ)
                && pile.part().number().equals(PartNumber.of("RADAR-F")));
    }

    @Test
    void capacityMonitorColoursThePlaybookDay() {
        CapacityMonitor monitor = new CapacityMonitor(SOUTH_CHINA);
        LocalDate friday = LocalDate.of(2026, 11, 27);

        assertThat(monitor.on(friday)).filteredOn(load -> load.store().id().equals(SZ)).singleElement()
                .satisfies(load -> assertThat(load.state()).isEqualTo(LoadState.OVERLOADED));
        assertThat(monitor.inState(LoadState.IDLE, friday)).extracting(load -> load.store().id()).contains(DG);
        assertThat(monitor.inState(LoadState.HEALTHY, friday)).extracting(load -> load.store().id()).contains(GZ);
        assertThat(monitor.dayTable(friday).render()).contains("107%", "OVERLOADED (red)");
    }

    @Test
    void capacityMonitorThresholdsAreConfigurable() {
        CapacityMonitor strict = new CapacityMonitor(SOUTH_CHINA, new LoadThresholds(0.8, 0.5));
        LocalDate friday = LocalDate.of(2026, 11, 27);

        assertThat(strict.inState(LoadState.OVERLOADED, friday)).extracting(load -> load.store().id())
                .contains(GZ);
    }

    @Test
    void textTableAlignsChineseByDisplayWidth() {
        String printed = TextTable.withHeaders("门店", ">日产能").addRow("深圳店", 30).addRow("Foshan", 22).render();

        List<String> lines = printed.lines().toList();
        assertThat(lines.get(2)).isEqualTo("深圳店      30");
        assertThat(lines.get(3)).isEqualTo("Foshan      22");
        assertThat(TextTable.displayWidth(lines.get(2))).isEqualTo(TextTable.displayWidth(lines.get(3)));
    }
}
