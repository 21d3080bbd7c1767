package dev.tandem.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/**
 * Bad input is rejected with every problem at once, each naming its place as a JSON path and the offending
 * value. Each test corrupts a valid snapshot ({@link SnapshotTexts#SMALL} unless it says otherwise) in one way.
 */
class SnapshotValidationTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Test
    void theUncorruptedSnapshotsAreValid() {
        assertThat(SnapshotJson.read(SnapshotTexts.SMALL).stores()).hasSize(3);
        assertThat(SnapshotJson.read(SnapshotTexts.southChina()).stores()).hasSize(15);
    }

    @Nested
    class DuplicateIds {

        @Test
        void duplicateStoreIdIsReportedAtTheSecondStore() {
            ObjectNode doc = small();
            section(doc, "stores").add(element(doc, "stores", 0).deepCopy());

            assertThat(problemsOf(doc)).containsExactly("stores[3].id: duplicate store id \"SZ\" (first at stores[0])");
        }

        @Test
        void duplicateTechnicianIdIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 2).put("id", "T001");

            assertThat(problemsOf(doc))
                    .containsExactly("technicians[2].id: duplicate technician id \"T001\" (first at technicians[0])");
        }

        @Test
        void duplicatePartNumberIsReported() {
            ObjectNode doc = small();
            section(doc, "parts").add(element(doc, "parts", 0).deepCopy().put("name", "Headlamp FL, other make"));

            assertThat(problemsOf(doc))
                    .containsExactly("parts[2].partNumber: duplicate part number \"HL-FL\" (first at parts[0])");
        }

        @Test
        void secondStockRowOfTheSameStoreAndPartIsReported() {
            ObjectNode doc = small();
            section(doc, "stock").add(element(doc, "stock", 2).deepCopy());

            assertThat(problemsOf(doc))
                    .containsExactly("stock[4]: duplicate stock of part \"HL-FL\" at store \"GZ\" (first at stock[2])");
        }

        @Test
        void secondCapacityOfTheSameStoreAndDateIsReported() {
            ObjectNode doc = small();
            section(doc, "capacity").add(element(doc, "capacity", 1).deepCopy().put("booked", 3));

            assertThat(problemsOf(doc)).containsExactly(
                    "capacity[3]: duplicate capacity of store \"GZ\" on 2026-11-27 (first at capacity[1])");
        }

        @Test
        void capacityOfTheSameStoreOnAnotherDateIsNoDuplicate() {
            ObjectNode doc = small();
            section(doc, "capacity").add(element(doc, "capacity", 1).deepCopy().put("date", "2026-11-28"));

            assertThat(SnapshotJson.read(doc.toString()).capacity()).hasSize(4);
        }
    }

    @Nested
    class UnknownReferences {

        @Test
        void technicianAtAnUnknownStoreIsReported() {
            ObjectNode doc = southChina();
            element(doc, "technicians", 4).put("store", "XX");

            assertThat(problemsOf(doc)).containsExactly("technicians[4].store: unknown store \"XX\"");
        }

        @Test
        void stockOfAnUnknownPartIsReported() {
            ObjectNode doc = small();
            element(doc, "stock", 1).put("part", "WIPER");

            assertThat(problemsOf(doc)).containsExactly("stock[1].part: unknown part \"WIPER\"");
        }

        @Test
        void stockAndCapacityAtAnUnknownStoreAreReported() {
            ObjectNode doc = small();
            element(doc, "stock", 2).put("store", "XX");
            element(doc, "capacity", 0).put("store", "xx");

            assertThat(problemsOf(doc)).containsExactly("stock[2].store: unknown store \"XX\"",
                    "capacity[0].store: unknown store \"xx\"");
        }
    }

    @Nested
    class MissingAndUnknownFields {

        @Test
        void missingTopLevelFieldIsReported() {
            ObjectNode doc = small();
            doc.remove("asOf");

            assertThat(problemsOf(doc)).containsExactly("asOf: is required");
        }

        @Test
        void missingFieldsOfElementsAreEachReported() {
            ObjectNode doc = small();
            element(doc, "stores", 1).remove("dailyCapacity");
            element(doc, "technicians", 0).remove(List.of("level", "status"));
            element(doc, "parts", 1).remove("unitCost");
            element(doc, "stock", 2).remove("onHand");
            element(doc, "capacity", 0).remove("booked");

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[1].dailyCapacity: is required",
                    "technicians[0].level: is required",
                    "technicians[0].status: is required",
                    "parts[1].unitCost: is required",
                    "stock[2].onHand: is required",
                    "capacity[0].booked: is required");
        }

        @Test
        void nullCountsAsMissing() {
            ObjectNode doc = small();
            element(doc, "stock", 3).putNull("onHand");

            assertThat(problemsOf(doc)).containsExactly("stock[3].onHand: is required");
        }

        @Test
        void missingOptionalFieldsTakeTheirDefaults() {
            ObjectNode doc = small();
            element(doc, "stock", 0).remove(List.of("reserved", "safetyStock", "avgDailyDemand", "lastMovement"));
            doc.remove("travel");

            StockLevel level = SnapshotJson.read(doc.toString()).stock().get(0);

            assertThat(level.reserved()).isZero();
            assertThat(level.safetyStock()).isZero();
            assertThat(level.avgDailyDemand()).isZero();
            assertThat(level.lastMovement()).isEmpty();
        }

        @Test
        void unknownTopLevelFieldIsReported() {
            ObjectNode doc = small();
            doc.put("owner", "HQ");

            assertThat(problemsOf(doc)).containsExactly("owner: unknown field; expected one of formatVersion, asOf, "
                    + "stores, technicians, parts, stock, capacity, travel");
        }

        @Test
        void unknownNestedFieldsAreReportedWhereTheyAre() {
            ObjectNode doc = small();
            element(doc, "stores", 0).put("phone", "0755-0000");
            supportWindow(doc, 0, 0).put("note", "am only");
            travel(doc).put("avoidTolls", true);

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[0].phone: unknown field; expected one of id, name, lat, lon, dailyCapacity, region, "
                            + "bayHours",
                    "technicians[0].supportWindows[0].note: unknown field; expected one of from, to",
                    "travel.avoidTolls: unknown field; expected one of model, roadFactor, speedKmh, legs");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void stringWhereANumberBelongsIsReported() {
            ObjectNode doc = small();
            element(doc, "stores", 1).put("lat", "23.1291");

            assertThat(problemsOf(doc))
                    .containsExactly("stores[1].lat: expected a number, found string \"23.1291\"");
        }

        @Test
        void numberWhereAStringBelongsIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 1).put("name", 42);
            element(doc, "capacity", 2).put("date", 20261127);

            assertThat(problemsOf(doc)).containsExactly(
                    "technicians[1].name: expected a string, found number 42",
                    "capacity[2].date: expected a string, found number 20261127");
        }

        @Test
        void objectWhereAnArrayBelongsIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 0).putObject("skills").put("HV_SYSTEM", true);
            doc.putObject("capacity");

            assertThat(problemsOf(doc)).containsExactly(
                    "technicians[0].skills: expected an array, found object {\"HV_SYSTEM\":true}",
                    "capacity: expected an array, found object {}");
        }

        @Test
        void elementThatIsNotAnObjectIsReported() {
            ObjectNode doc = small();
            section(doc, "capacity").set(1, "GZ 25/20");

            assertThat(problemsOf(doc)).containsExactly("capacity[1]: expected an object, found string \"GZ 25/20\"");
        }

        @Test
        void fractionWhereAWholeNumberBelongsIsReported() {
            ObjectNode doc = small();
            element(doc, "stock", 0).put("onHand", 2.5);
            element(doc, "stores", 2).put("dailyCapacity", 3_000_000_000L);

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[2].dailyCapacity: 3000000000 is not a whole number in range",
                    "stock[0].onHand: 2.5 is not a whole number in range");
        }

        @Test
        void skillThatIsNotACodeIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 2).withArray("skills").add("body paint").add(7);

            assertThat(problemsOf(doc)).containsExactly(
                    "technicians[2].skills[2]: string \"body paint\" is not a skill code (upper-case letters, "
                            + "digits and underscores, such as HV_SYSTEM)",
                    "technicians[2].skills[3]: number 7 is not a skill code (upper-case letters, digits and "
                            + "underscores, such as HV_SYSTEM)");
        }
    }

    @Nested
    class Numbers {

        @Test
        void nanLatitudeIsReported() {
            // Jackson writes NaN as a string, so the token goes into the text directly
            String json = SnapshotTexts.SMALL.replace("\"lat\": 22.5431", "\"lat\": NaN");

            assertThat(problemsOf(json)).containsExactly("stores[0].lat: NaN is not a latitude in [-90, 90]");
        }

        @Test
        void nanAndInfinityAreReportedWhereverANumberIsChecked() {
            String json = SnapshotTexts.SMALL
                    .replace("\"lon\": 113.7518", "\"lon\": -Infinity")
                    .replace("\"bayHours\": 80.0", "\"bayHours\": NaN")
                    .replace("\"unitCost\": 4200.5", "\"unitCost\": NaN")
                    .replace("\"avgDailyDemand\": 0.15", "\"avgDailyDemand\": NaN")
                    .replace("\"km\": 62.5", "\"km\": Infinity");

            assertThat(problemsOf(json)).containsExactly(
                    "stores[2].lon: -Infinity is not a longitude in [-180, 180]",
                    "stores[2].bayHours: NaN must be a positive number",
                    "parts[1].unitCost: NaN is not a finite number",
                    "stock[0].avgDailyDemand: NaN must be a finite number, 0 or more",
                    "travel.legs[0].km: Infinity must be a finite number, 0 or more");
        }

        @Test
        void coordinatesOutOfRangeAreReported() {
            ObjectNode doc = small();
            element(doc, "stores", 0).put("lat", 91);
            element(doc, "stores", 1).put("lon", -180.5);

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[0].lat: 91.0 is not a latitude in [-90, 90]",
                    "stores[1].lon: -180.5 is not a longitude in [-180, 180]");
        }

        @Test
        void coordinatesOnTheEdgeOfTheRangeAreAccepted() {
            ObjectNode doc = small();
            element(doc, "stores", 0).put("lat", -90).put("lon", 180);
            element(doc, "stores", 1).put("lat", 90).put("lon", -180);

            assertThat(SnapshotJson.read(doc.toString()).stores().get(0).location()).isEqualTo(GeoPoint.of(-90, 180));
        }

        @Test
        void capacityThatIsNotPositiveIsReported() {
            ObjectNode doc = small();
            element(doc, "stores", 2).put("dailyCapacity", 0);
            element(doc, "capacity", 0).put("capacity", 0);
            element(doc, "capacity", 1).put("capacity", -5);

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[2].dailyCapacity: 0 must be positive",
                    "capacity[0].capacity: 0 must be positive",
                    "capacity[1].capacity: -5 must be positive");
        }

        @Test
        void negativeBookingsAreReported() {
            ObjectNode doc = small();
            element(doc, "capacity", 2).put("booked", -1);

            assertThat(problemsOf(doc)).containsExactly("capacity[2].booked: -1 is negative");
        }

        @Test
        void negativeOnHandIsReportedAtItsRow() {
            ObjectNode doc = southChina();
            element(doc, "stock", 12).put("onHand", -3);

            assertThat(problemsOf(doc)).containsExactly("stock[12].onHand: -3 is negative");
        }

        @Test
        void negativeSafetyStockAndReservedAreReported() {
            ObjectNode doc = small();
            element(doc, "stock", 0).put("safetyStock", -1);
            element(doc, "stock", 2).put("reserved", -2);

            assertThat(problemsOf(doc)).containsExactly("stock[0].safetyStock: -1 is negative",
                    "stock[2].reserved: -2 is negative");
        }

        @Test
        void moreReservedThanOnHandIsReported() {
            ObjectNode doc = small();
            element(doc, "stock", 3).put("reserved", 4);

            assertThat(problemsOf(doc)).containsExactly("stock[3].reserved: 4 is more than onHand (3)");
        }

        @Test
        void allOfOnHandReservedIsAccepted() {
            ObjectNode doc = small();
            element(doc, "stock", 3).put("reserved", 3);

            assertThat(SnapshotJson.read(doc.toString()).stock().get(3).available()).isZero();
        }

        @Test
        void unitCostWithFractionsOfAFenIsReported() {
            ObjectNode doc = small();
            element(doc, "parts", 0).put("unitCost", 1800.005);
            element(doc, "parts", 1).put("unitCost", -1);

            assertThat(problemsOf(doc)).containsExactly(
                    "parts[0].unitCost: 1800.005 is not an amount in yuan with at most two decimals",
                    "parts[1].unitCost: -1.00 is negative");
        }
    }

    @Nested
    class DatesAndTimes {

        @Test
        void dateTimeWithoutOffsetIsReported() {
            ObjectNode doc = small();
            doc.put("asOf", "2026-11-27T09:00:00");

            assertThat(problemsOf(doc)).containsExactly("asOf: \"2026-11-27T09:00:00\" is not an ISO-8601 date-time "
                    + "with offset, such as 2026-11-27T09:00:00+08:00");
        }

        @Test
        void supportWindowWithoutOffsetIsReported() {
            ObjectNode doc = small();
            supportWindow(doc, 0, 0).put("to", "2026-11-29 18:00");

            assertThat(problemsOf(doc)).containsExactly("technicians[0].supportWindows[0].to: \"2026-11-29 18:00\" "
                    + "is not an ISO-8601 date-time with offset, such as 2026-11-27T09:00:00+08:00");
        }

        @Test
        void impossibleDateIsReported() {
            ObjectNode doc = small();
            element(doc, "capacity", 1).put("date", "2026-13-01");
            element(doc, "stock", 2).put("lastMovement", "2026-02-30");

            assertThat(problemsOf(doc)).containsExactly(
                    "stock[2].lastMovement: \"2026-02-30\" is not an ISO-8601 date, such as 2026-11-27",
                    "capacity[1].date: \"2026-13-01\" is not an ISO-8601 date, such as 2026-11-27");
        }

        @Test
        void lastMovementAfterTheSnapshotDateIsReported() {
            ObjectNode doc = small();
            element(doc, "stock", 3).put("lastMovement", "2026-11-28");

            assertThat(problemsOf(doc))
                    .containsExactly("stock[3].lastMovement: 2026-11-28 is after the snapshot date (2026-11-27)");
        }

        @Test
        void lastMovementOnTheSnapshotDateIsAccepted() {
            ObjectNode doc = small();
            element(doc, "stock", 3).put("lastMovement", "2026-11-27");

            assertThat(SnapshotJson.read(doc.toString()).stock().get(3).daysIdle(LocalDate.of(2026, 11, 27)))
                    .contains(0L);
        }

        @Test
        void supportWindowEndingBeforeItStartsIsReported() {
            ObjectNode doc = small();
            supportWindow(doc, 0, 0).put("to", "2026-11-29T07:00:00+08:00");

            assertThat(problemsOf(doc)).containsExactly("technicians[0].supportWindows[0]: ends "
                    + "(2026-11-29T07:00+08:00) before or when it starts (2026-11-29T08:00+08:00)");
        }
    }

    @Nested
    class Constants {

        @Test
        void unknownLevelIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 2).put("level", "T4");

            assertThat(problemsOf(doc))
                    .containsExactly("technicians[2].level: unknown level \"T4\"; expected one of T1, T2, T3");
        }

        @Test
        void unknownStatusIsReported() {
            ObjectNode doc = small();
            element(doc, "technicians", 1).put("status", "on_duty");

            assertThat(problemsOf(doc)).containsExactly("technicians[1].status: unknown status \"on_duty\"; "
                    + "expected one of ON_DUTY, OFF, ON_SUPPORT, LEAVE");
        }

        @Test
        void unknownTravelModelIsReported() {
            ObjectNode doc = small();
            travel(doc).put("model", "osrm");

            assertThat(problemsOf(doc))
                    .containsExactly("travel.model: unknown travel model \"osrm\"; expected haversine or matrix");
        }
    }

    @Nested
    class WholeDocument {

        @Test
        void networkWithoutStoresIsReported() {
            String json = "{\"formatVersion\": 1, \"asOf\": \"2026-11-27T09:00:00+08:00\", \"stores\": []}";

            assertThat(problemsOf(json))
                    .containsExactly("stores: the network has no stores; add at least one store");
        }

        @Test
        void formatVersionTwoIsNotSupported() {
            ObjectNode doc = small();
            doc.put("formatVersion", 2);

            assertThat(problemsOf(doc)).containsExactly(
                    "formatVersion: 2 is not supported; this version of Tandem reads formatVersion 1");
        }

        /** Regression: the version was compared as a long, and 2^64 + 1 wrapped around to 1. */
        @Test
        void formatVersionThatOnlyWrapsAroundToOneIsNotSupported() {
            ObjectNode doc = small();
            doc.put("formatVersion", BigInteger.TWO.pow(64).add(BigInteger.ONE));

            assertThat(problemsOf(doc)).containsExactly("formatVersion: 18446744073709551617 is not supported; "
                    + "this version of Tandem reads formatVersion 1");
        }

        @Test
        void textThatIsNotJsonIsReportedAsAWhole() {
            List<InputError> problems = problemListOf("store,part,onHand\nSZ,HL-FL,2\n");

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("$");
                assertThat(problem.message()).startsWith("is not valid JSON at line 1, column ");
            });
        }

        @Test
        void truncatedJsonIsReportedWithWhereItEnds() {
            String json = SnapshotTexts.SMALL.substring(0, SnapshotTexts.SMALL.indexOf("\"parts\""));

            assertThat(problemListOf(json)).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("$");
                assertThat(problem.message()).startsWith("is not valid JSON at line 15, column ")
                        .contains("end-of-input");
            });
        }

        @Test
        void emptyInputIsReported() {
            assertThat(problemsOf("")).containsExactly("$: is empty, not a JSON document");
            assertThat(problemsOf(" \n\t")).containsExactly("$: is empty, not a JSON document");
        }

        @Test
        void jsonThatIsNotAnObjectIsReported() {
            assertThat(problemsOf("[]")).containsExactly("$: expected an object, found array []");
            assertThat(problemsOf("null")).containsExactly("$: expected an object, found null null");
        }

        @Test
        void trailingContentAfterTheSnapshotIsReported() {
            assertThat(problemListOf(SnapshotTexts.SMALL + "{}")).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).startsWith("is not valid JSON at line 32, ")
                            .contains("Trailing token"));
        }

        @Test
        void fieldGivenTwiceIsReported() {
            String json = SnapshotTexts.SMALL.replace("\"formatVersion\": 1,",
                    "\"formatVersion\": 1, \"formatVersion\": 1,");

            assertThat(problemListOf(json)).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("Duplicate field 'formatVersion'"));
        }

        @Test
        void problemsInEverySectionComeOutTogetherInDocumentOrder() {
            ObjectNode doc = small();
            doc.put("asOf", "today");
            element(doc, "stores", 2).put("dailyCapacity", 0);
            element(doc, "technicians", 3).put("level", "T4");
            element(doc, "parts", 1).put("unitCost", -1);
            element(doc, "stock", 1).put("onHand", -3);
            element(doc, "stock", 2).put("onHand", "five");
            element(doc, "capacity", 2).put("booked", -1);
            travel(doc).put("speedKmh", 0);

            assertThat(problemsOf(doc)).containsExactly(
                    "asOf: \"today\" is not an ISO-8601 date-time with offset, such as 2026-11-27T09:00:00+08:00",
                    "stores[2].dailyCapacity: 0 must be positive",
                    "technicians[3].level: unknown level \"T4\"; expected one of T1, T2, T3",
                    "parts[1].unitCost: -1.00 is negative",
                    "stock[1].onHand: -3 is negative",
                    "stock[2].onHand: expected a whole number, found string \"five\"",
                    "capacity[2].booked: -1 is negative",
                    "travel.speedKmh: 0.0 must be from 1 to 300");
        }

        /** Regression: a problem found only by the snapshot checks was reported as coming from "built in Java". */
        @Test
        void messageNamesTheSourceAndListsEveryProblem() {
            ObjectNode doc = small();
            element(doc, "stock", 1).put("onHand", -3);
            element(doc, "capacity", 0).put("capacity", 0);
            byte[] json = doc.toString().getBytes(StandardCharsets.UTF_8);

            assertThatExceptionOfType(InvalidSnapshotException.class)
                    .isThrownBy(() -> SnapshotJson.read(json, "stores-2026-11-27.json"))
                    .withMessage("The snapshot (stores-2026-11-27.json) has 2 problems:\n"
                            + "  stock[1].onHand: -3 is negative\n"
                            + "  capacity[0].capacity: 0 must be positive");
        }
    }

    /** One mistake is reported once: an element that cannot be read does not make references to it unknown. */
    @Nested
    class NoCascade {

        @Test
        void storeWithABadValueIsTheOnlyProblemNotTheReferencesToIt() {
            ObjectNode doc = small();
            element(doc, "stores", 0).put("lat", "abc");

            assertThat(problemsOf(doc)).containsExactly("stores[0].lat: expected a number, found string \"abc\"");
        }

        @Test
        void partWithABadValueIsTheOnlyProblemNotTheStockOfIt() {
            ObjectNode doc = small();
            element(doc, "parts", 0).put("unitCost", "1800 CNY");

            assertThat(problemsOf(doc))
                    .containsExactly("parts[0].unitCost: expected a number, found string \"1800 CNY\"");
        }

        /** Regression: a missing stores list also reported no stores and every reference to a store. */
        @Test
        void missingStoresIsTheOnlyProblemNotEveryReferenceToAStore() {
            ObjectNode doc = small();
            doc.remove("stores");

            assertThat(problemsOf(doc)).containsExactly("stores: is required");
        }

        /** Regression: as above, for a stores list that is not a list. */
        @Test
        void storesThatAreNotAListAreTheOnlyProblem() {
            ObjectNode doc = small();
            doc.putObject("stores").put("SZ", "Shenzhen Futian");
            doc.putObject("parts");

            assertThat(problemsOf(doc)).containsExactly(
                    "stores: expected an array, found object {\"SZ\":\"Shenzhen Futian\"}",
                    "parts: expected an array, found object {}");
        }

        @Test
        void independentProblemsAreStillReportedWhenTheStoresCannotBeRead() {
            ObjectNode doc = small();
            doc.put("stores", "SZ, GZ, DG");
            element(doc, "stock", 3).put("reserved", 4);

            assertThat(problemsOf(doc)).containsExactly(
                    "stores: expected an array, found string \"SZ, GZ, DG\"",
                    "stock[3].reserved: 4 is more than onHand (3)");
        }

        @Test
        void pathsAfterADroppedElementStillPointAtTheDocumentIndex() {
            ObjectNode doc = small();
            element(doc, "stock", 0).put("onHand", "two");
            element(doc, "stock", 3).put("reserved", 4);

            assertThat(problemsOf(doc)).containsExactly(
                    "stock[0].onHand: expected a whole number, found string \"two\"",
                    "stock[3].reserved: 4 is more than onHand (3)");
        }

        @Test
        void duplicateAfterADroppedElementNamesTheDocumentIndexOfTheFirst() {
            ObjectNode doc = small();
            element(doc, "stores", 0).put("lon", "east");
            section(doc, "stores").add(element(doc, "stores", 2).deepCopy());

            assertThat(problemsOf(doc)).containsExactly(
                    "stores[0].lon: expected a number, found string \"east\"",
                    "stores[3].id: duplicate store id \"DG\" (first at stores[2])");
        }

        /** Regression: the leg's index counted only the legs that could be read. */
        @Test
        void legPathsAfterADroppedLegStillPointAtTheDocumentIndex() {
            ObjectNode doc = small();
            legs(doc).add(MAPPER.createObjectNode().put("from", "GZ").put("to", "XX").put("km", 1).put("minutes", 1));
            ((ObjectNode) legs(doc).get(0)).put("minutes", "70");

            assertThat(problemsOf(doc)).containsExactly(
                    "travel.legs[0].minutes: expected a number, found string \"70\"",
                    "travel.legs[1].to: unknown store \"XX\"");
        }

        /** Regression: the reader looked for "(first at ...)" inside the quoted id and failed with an index error. */
        @Test
        void duplicateIdThatLooksLikeAPathIsReportedAsItIs() {
            ObjectNode doc = small();
            element(doc, "technicians", 0).put("level", "T9");
            element(doc, "technicians", 1).put("id", "T(first at technicians[7])");
            element(doc, "technicians", 2).put("id", "T(first at technicians[7])");

            assertThat(problemsOf(doc)).containsExactly(
                    "technicians[0].level: unknown level \"T9\"; expected one of T1, T2, T3",
                    "technicians[2].id: duplicate technician id \"T(first at technicians[7])\" "
                            + "(first at technicians[1])");
        }
    }

    /** A snapshot built in Java is checked by the same rules and reports the same paths. */
    @Nested
    class BuiltInJava {

        @Test
        void badValuesAreReportedWithTheSamePathsAndNothingIsBuilt() {
            NetworkSnapshot.Builder builder = NetworkSnapshot.builder()
                    .asOf(OffsetDateTime.parse("2026-11-27T09:00:00+08:00"))
                    .addStore(Store.of("SZ", "Shenzhen Futian", "PRD", 22.5431, 114.0579, 30))
                    .addStore(Store.of("GZ", "Guangzhou Yuexiu", "PRD", 23.1291, 113.2644, 0))
                    .addTechnician(Technician.of("T001", "Zhang Wei", "XX", Level.T3, Set.of(Skill.HV_SYSTEM),
                            TechnicianStatus.ON_DUTY, List.of()))
                    .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                    .addStock(new StockLevel(StoreId.of("SZ"), PartNumber.of("HL-FL"), -3, 0, 1, 0.15,
                            Optional.empty()))
                    .addCapacity(new CapacityDay(StoreId.of("GZ"), LocalDate.of(2026, 11, 27), 25, -1));

            InvalidSnapshotException rejected = catchThrowableOfType(InvalidSnapshotException.class, builder::build);

            assertThat(rejected.problems()).map(InputError::toString).containsExactly(
                    "stores[1].dailyCapacity: 0 must be positive",
                    "technicians[0].store: unknown store \"XX\"",
                    "stock[0].onHand: -3 is negative",
                    "capacity[0].booked: -1 is negative");
            assertThat(rejected).hasMessageStartingWith("The snapshot (built in Java) has 4 problems:");
            assertThat(builder.problems()).isEqualTo(rejected.problems());
        }

        @Test
        void sameMistakeReportsTheSameProblemInJavaAndInJson() {
            ObjectNode doc = small();
            element(doc, "stores", 1).put("dailyCapacity", 0);
            NetworkSnapshot valid = SnapshotJson.read(SnapshotTexts.SMALL);
            Store gz = valid.stores().get(1);
            NetworkSnapshot.Builder builder = NetworkSnapshot.builder()
                    .asOf(valid.asOf())
                    .addStore(valid.stores().get(0))
                    .addStore(new Store(gz.id(), gz.name(), gz.region(), gz.location(), 0, OptionalDouble.empty()))
                    .addStores(valid.stores().subList(2, 3))
                    .addTechnicians(valid.technicians())
                    .addParts(valid.parts())
                    .addStock(valid.stock())
                    .addCapacity(valid.capacity())
                    .travel(valid.travel());

            InvalidSnapshotException rejected = catchThrowableOfType(InvalidSnapshotException.class, builder::build);

            assertThat(rejected.problems()).containsExactlyElementsOf(problemListOf(doc.toString()))
                    .map(InputError::toString).containsExactly("stores[1].dailyCapacity: 0 must be positive");
        }

        @Test
        void aBuilderCanBeFixedAndBuiltAfterARejection() {
            NetworkSnapshot.Builder builder = NetworkSnapshot.builder()
                    .addStore(Store.of("SZ", "Shenzhen Futian", "PRD", 22.5431, 114.0579, 30));
            assertThat(builder.problems()).map(InputError::toString).containsExactly("asOf: is required");

            NetworkSnapshot built = builder.asOf(OffsetDateTime.parse("2026-11-27T09:00:00+08:00")).build();

            assertThat(built.stores()).hasSize(1);
        }
    }

    private static ObjectNode small() {
        return parse(SnapshotTexts.SMALL);
    }

    private static ObjectNode southChina() {
        return parse(SnapshotTexts.southChina());
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode section(ObjectNode doc, String name) {
        return (ArrayNode) doc.get(name);
    }

    private static ObjectNode element(ObjectNode doc, String section, int index) {
        return (ObjectNode) section(doc, section).get(index);
    }

    private static ObjectNode supportWindow(ObjectNode doc, int technician, int window) {
        return (ObjectNode) element(doc, "technicians", technician).get("supportWindows").get(window);
    }

    private static ObjectNode travel(ObjectNode doc) {
        return (ObjectNode) doc.get("travel");
    }

    private static ArrayNode legs(ObjectNode doc) {
        return (ArrayNode) travel(doc).get("legs");
    }

    private static List<String> problemsOf(JsonNode doc) {
        return problemsOf(doc.toString());
    }

    private static List<String> problemsOf(String json) {
        return problemListOf(json).stream().map(InputError::toString).toList();
    }

    private static List<InputError> problemListOf(String json) {
        InvalidSnapshotException rejected =
                catchThrowableOfType(InvalidSnapshotException.class, () -> SnapshotJson.read(json));
        assertThat(rejected).as("the snapshot is rejected").isNotNull();
        assertThat(rejected.problems()).isNotEmpty();
        return rejected.problems();
    }
}
