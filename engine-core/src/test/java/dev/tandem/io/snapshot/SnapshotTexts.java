package dev.tandem.io.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Valid snapshot texts for tests to read as they are or to corrupt. */
final class SnapshotTexts {

    /**
     * A small valid network: stores SZ, GZ, DG; technicians T001 and T002 at SZ, T006 at GZ, T009 at DG; parts
     * HL-FL and BMS-01; four stock rows; one capacity day per store; a travel matrix with one measured leg.
     */
    static final String SMALL = """
            {
              "formatVersion": 1,
              "asOf": "2026-11-27T09:00:00+08:00",
              "stores": [
                {"id": "SZ", "name": "Shenzhen Futian", "region": "PRD", "lat": 22.5431, "lon": 114.0579, "dailyCapacity": 30},
                {"id": "GZ", "name": "Guangzhou Yuexiu", "region": "PRD", "lat": 23.1291, "lon": 113.2644, "dailyCapacity": 25},
                {"id": "DG", "name": "Dongguan Nancheng", "region": "PRD", "lat": 23.0207, "lon": 113.7518, "dailyCapacity": 20, "bayHours": 80.0}
              ],
              "technicians": [
                {"id": "T001", "name": "Zhang Wei", "store": "SZ", "level": "T3", "skills": ["HV_SYSTEM"], "status": "ON_DUTY", "supportWindows": [{"from": "2026-11-29T08:00:00+08:00", "to": "2026-11-29T18:00:00+08:00"}]},
                {"id": "T002", "name": "Chen Jie", "store": "SZ", "level": "T2", "skills": ["BODY_PAINT"], "status": "ON_DUTY", "supportWindows": []},
                {"id": "T006", "name": "Li Na", "store": "GZ", "level": "T2", "skills": ["BODY_PAINT", "GENERAL"], "status": "OFF", "supportWindows": []},
                {"id": "T009", "name": "Wu Gang", "store": "DG", "level": "T1", "skills": ["GENERAL"], "status": "ON_SUPPORT", "supportWindows": []}
              ],
              "parts": [
                {"partNumber": "HL-FL", "name": "Headlamp front left", "unitCost": 1800.0},
                {"partNumber": "BMS-01", "name": "Battery management board", "unitCost": 4200.5}
              ],
              "stock": [
                {"store": "SZ", "part": "HL-FL", "onHand": 2, "reserved": 0, "safetyStock": 1, "avgDailyDemand": 0.15, "lastMovement": "2026-10-23"},
                {"store": "SZ", "part": "BMS-01", "onHand": 0, "reserved": 0, "safetyStock": 1, "avgDailyDemand": 0.05},
                {"store": "GZ", "part": "HL-FL", "onHand": 5, "reserved": 1, "safetyStock": 1, "avgDailyDemand": 0.1, "lastMovement": "2026-06-01"},
                {"store": "DG", "part": "BMS-01", "onHand": 3, "reserved": 2, "safetyStock": 0, "avgDailyDemand": 0.02, "lastMovement": "2026-11-20"}
              ],
              "capacity": [
                {"store": "SZ", "date": "2026-11-27", "capacity": 30, "booked": 32},
                {"store": "GZ", "date": "2026-11-27", "capacity": 25, "booked": 20},
                {"store": "DG", "date": "2026-11-27", "capacity": 20, "booked": 9}
              ],
              "travel": {"model": "matrix", "roadFactor": 1.3, "speedKmh": 45, "legs": [{"from": "SZ", "to": "DG", "km": 62.5, "minutes": 70}]}
            }
            """;

    private static final String SOUTH_CHINA = "/dev/tandem/sample/south-china.json";

    private SnapshotTexts() {
    }

    /** The bundled South China sample as it is stored: 15 stores, 60 technicians, 50 parts. */
    static String southChina() {
        try (InputStream in = SnapshotTexts.class.getResourceAsStream(SOUTH_CHINA)) {
            if (in == null) {
                throw new IllegalStateException("The bundled resource (" + SOUTH_CHINA + ") is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
