package dev.tandem.io.snapshot;

import dev.tandem.io.internal.JsonFields;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;

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
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.Leg;
import dev.tandem.travel.TravelMatrix;
import dev.tandem.travel.TravelModel;

/**
 * Turns a parsed JSON tree into a snapshot. Each element is read field by field; an element with a structural
 * problem (missing, unknown or mistyped field) is left out of the builder and its id is assumed known, so the
 * builder's own checks then report only the remaining, independent problems. Builder paths are mapped back to
 * document positions.
 */
final class JsonSnapshotReader {

    static final int FORMAT_VERSION = 1;

    private static final ImmutableSet<String> TOP_REQUIRED = ImmutableSet.of("formatVersion", "asOf", "stores");
    private static final ImmutableSet<String> TOP_OPTIONAL =
            ImmutableSet.of("technicians", "parts", "stock", "capacity", "travel");
    private static final ImmutableSet<String> STORE_REQUIRED =
            ImmutableSet.of("id", "name", "lat", "lon", "dailyCapacity");
    private static final ImmutableSet<String> STORE_OPTIONAL = ImmutableSet.of("region", "bayHours");
    private static final ImmutableSet<String> TECHNICIAN_REQUIRED =
            ImmutableSet.of("id", "name", "store", "level", "skills", "status");
    private static final ImmutableSet<String> TECHNICIAN_OPTIONAL = ImmutableSet.of("supportWindows");
    private static final ImmutableSet<String> WINDOW_FIELDS = ImmutableSet.of("from", "to");
    private static final ImmutableSet<String> PART_REQUIRED = ImmutableSet.of("partNumber", "name", "unitCost");
    private static final ImmutableSet<String> STOCK_REQUIRED = ImmutableSet.of("store", "part", "onHand");
    private static final ImmutableSet<String> STOCK_OPTIONAL =
            ImmutableSet.of("reserved", "safetyStock", "avgDailyDemand", "lastMovement", "backorders");
    private static final ImmutableSet<String> CAPACITY_REQUIRED =
            ImmutableSet.of("store", "date", "capacity", "booked");
    private static final ImmutableSet<String> TRAVEL_REQUIRED = ImmutableSet.of("model");
    private static final ImmutableSet<String> TRAVEL_OPTIONAL = ImmutableSet.of("roadFactor", "speedKmh", "legs");
    private static final ImmutableSet<String> LEG_FIELDS = ImmutableSet.of("from", "to", "km", "minutes");
    private static final String LEGS = "travel.legs";
    private static final Pattern INDEXED_SECTION = Pattern.compile("^(stores|technicians|parts|stock|capacity"
            + "|travel\\.legs)\\[(\\d+)](.*)$", Pattern.DOTALL);
    /** The top-level field of a path and the index of its element, if any, such as {@code travel.legs[2]}. */
    private static final Pattern ELEMENT = Pattern.compile("^([^.\\[]*)(?:\\.[^.\\[]*)?(?:\\[(\\d{1,9})])?");

    private final List<InputError> problems = new ArrayList<>();
    private final NetworkSnapshot.Builder builder = NetworkSnapshot.builder();
    /** Per section, the document index of each element given to the builder. */
    private final Map<String, List<Integer>> documentIndex = new LinkedHashMap<>();

    /** Reads the tree; the result is present exactly when no problem was found. */
    Optional<NetworkSnapshot> read(JsonNode root) {
        Optional<JsonFields> opened = JsonFields.open(root, "$", problems, TOP_REQUIRED, TOP_OPTIONAL);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields top = opened.get();
        if (!readFormatVersion(top)) {
            return Optional.empty();
        }
        if (top.has("asOf")) {
            int before = problems.size();
            OffsetDateTime asOf = top.dateTime("asOf");
            if (problems.size() == before) {
                builder.asOf(asOf);
            }
        }
        readSection(top, "stores", this::readStore);
        if (!top.has("stores") || !top.node("stores").isArray()) {
            builder.assumeEveryStoreKnown();
        }
        readSection(top, "technicians", this::readTechnician);
        readSection(top, "parts", this::readPart);
        if (top.has("parts") && !top.node("parts").isArray()) {
            builder.assumeEveryPartKnown();
        }
        readSection(top, "stock", this::readStock);
        readSection(top, "capacity", this::readCapacity);
        if (top.has("travel")) {
            readTravel(top.node("travel")).ifPresent(builder::travel);
        }
        builder.problems().stream()
                .filter(problem -> !problem.path().equals("asOf"))
                .map(this::toDocumentPath)
                .forEach(problems::add);
        if (problems.isEmpty()) {
            return Optional.of(builder.build());
        }
        sortInDocumentOrder(root);
        return Optional.empty();
    }

    List<InputError> problems() {
        return problems;
    }

    private boolean readFormatVersion(JsonFields top) {
        if (!top.has("formatVersion")) {
            return true;
        }
        JsonNode version = top.node("formatVersion");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != FORMAT_VERSION) {
            problems.add(new InputError("formatVersion", version + " is not supported; this version of Tandem reads "
                    + "formatVersion " + FORMAT_VERSION));
            return false;
        }
        return true;
    }

    private interface ElementReader {
        /** Reads one element and adds it to the builder; false when it had a problem. */
        boolean read(JsonNode node, String path);
    }

    private void readSection(JsonFields top, String section, ElementReader reader) {
        List<JsonNode> elements = top.array(section);
        List<Integer> added = documentIndex.computeIfAbsent(section, key -> new ArrayList<>());
        for (int i = 0; i < elements.size(); i++) {
            if (reader.read(elements.get(i), section + "[" + i + "]")) {
                added.add(i);
            }
        }
    }

    private boolean readStore(JsonNode node, String path) {
        Optional<JsonFields> opened = JsonFields.open(node, path, problems, STORE_REQUIRED, STORE_OPTIONAL);
        if (opened.isEmpty()) {
            return false;
        }
        JsonFields fields = opened.get();
        String id = fields.id("id");
        Store store = new Store(new StoreId(orPlaceholder(id)), fields.text("name"), fields.text("region", ""),
                new GeoPoint(fields.number("lat"), fields.number("lon")), fields.wholeNumber("dailyCapacity"),
                fields.has("bayHours") ? OptionalDouble.of(fields.number("bayHours")) : OptionalDouble.empty());
        return addIfClean(fields, id, () -> builder.addStore(store), () -> builder.assumeKnown(new StoreId(id)));
    }

    private boolean readTechnician(JsonNode node, String path) {
        Optional<JsonFields> opened =
                JsonFields.open(node, path, problems, TECHNICIAN_REQUIRED, TECHNICIAN_OPTIONAL);
        if (opened.isEmpty()) {
            return false;
        }
        JsonFields fields = opened.get();
        TreeSet<Skill> skills = new TreeSet<>();
        List<JsonNode> skillNodes = fields.array("skills");
        for (int i = 0; i < skillNodes.size(); i++) {
            JsonNode skill = skillNodes.get(i);
            String skillPath = fields.at("skills") + "[" + i + "]";
            if (!skill.isTextual() || !Skill.isValidCode(skill.textValue())) {
                problems.add(new InputError(skillPath, JsonFields.describe(skill)
                        + " is not a skill code (upper-case letters, digits and underscores, such as HV_SYSTEM)"));
            } else if (!skills.add(Skill.of(skill.textValue()))) {
                problems.add(new InputError(skillPath, "duplicate skill \"" + skill.textValue() + "\""));
            }
        }
        List<TimeWindow> windows = new ArrayList<>();
        List<JsonNode> windowNodes = fields.array("supportWindows");
        for (int i = 0; i < windowNodes.size(); i++) {
            JsonFields.open(windowNodes.get(i), fields.at("supportWindows") + "[" + i + "]", problems,
                    WINDOW_FIELDS, ImmutableSet.of())
                    .ifPresent(window -> windows.add(new TimeWindow(window.dateTime("from"), window.dateTime("to"))));
        }
        String id = fields.id("id");
        Technician technician = new Technician(new TechnicianId(orPlaceholder(id)), fields.text("name"),
                new StoreId(orPlaceholder(fields.id("store"))), fields.constant("level", Level.class, "level"),
                skills, fields.constant("status", TechnicianStatus.class, "status"), windows);
        return addIfClean(fields, id, () -> builder.addTechnician(technician), () -> { });
    }

    private boolean readPart(JsonNode node, String path) {
        Optional<JsonFields> opened = JsonFields.open(node, path, problems, PART_REQUIRED, ImmutableSet.of());
        if (opened.isEmpty()) {
            return false;
        }
        JsonFields fields = opened.get();
        String number = fields.id("partNumber");
        Money unitCost = money(fields, "unitCost");
        Part part = new Part(new PartNumber(orPlaceholder(number)), fields.text("name"), unitCost);
        return addIfClean(fields, number, () -> builder.addPart(part),
                () -> builder.assumeKnown(new PartNumber(number)));
    }

    private boolean readStock(JsonNode node, String path) {
        Optional<JsonFields> opened = JsonFields.open(node, path, problems, STOCK_REQUIRED, STOCK_OPTIONAL);
        if (opened.isEmpty()) {
            return false;
        }
        JsonFields fields = opened.get();
        StockLevel level = new StockLevel(new StoreId(orPlaceholder(fields.id("store"))),
                new PartNumber(orPlaceholder(fields.id("part"))), fields.wholeNumber("onHand"),
                fields.wholeNumber("reserved", 0), fields.wholeNumber("safetyStock", 0),
                fields.number("avgDailyDemand", 0.0),
                fields.has("lastMovement") ? Optional.of(fields.date("lastMovement")) : Optional.empty(),
                fields.wholeNumber("backorders", 0));
        return addIfClean(fields, "", () -> builder.addStock(level), () -> { });
    }

    private boolean readCapacity(JsonNode node, String path) {
        Optional<JsonFields> opened = JsonFields.open(node, path, problems, CAPACITY_REQUIRED, ImmutableSet.of());
        if (opened.isEmpty()) {
            return false;
        }
        JsonFields fields = opened.get();
        CapacityDay day = new CapacityDay(new StoreId(orPlaceholder(fields.id("store"))), fields.date("date"),
                fields.wholeNumber("capacity"), fields.wholeNumber("booked"));
        return addIfClean(fields, "", () -> builder.addCapacity(day), () -> { });
    }

    private Optional<TravelModel> readTravel(JsonNode node) {
        Optional<JsonFields> opened = JsonFields.open(node, "travel", problems, TRAVEL_REQUIRED, TRAVEL_OPTIONAL);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = opened.get();
        double roadFactor = fields.number("roadFactor", HaversineTravel.DEFAULT.roadFactor());
        double speedKmh = fields.number("speedKmh", HaversineTravel.DEFAULT.speedKmh());
        if (!HaversineTravel.isValidRoadFactor(roadFactor)) {
            problems.add(new InputError(fields.at("roadFactor"), roadFactor + " must be from 1 to 10"));
        }
        if (!HaversineTravel.isValidSpeed(speedKmh)) {
            problems.add(new InputError(fields.at("speedKmh"), speedKmh + " must be from 1 to 300"));
        }
        String model = fields.text("model");
        if (!fields.isClean()) {
            return Optional.empty();
        }
        HaversineTravel haversine = new HaversineTravel(roadFactor, speedKmh);
        switch (model) {
            case "haversine":
                if (fields.has("legs")) {
                    problems.add(new InputError(fields.at("legs"), "is only allowed with model \"matrix\""));
                }
                return Optional.of(haversine);
            case "matrix":
                return readMatrix(fields, haversine);
            default:
                problems.add(new InputError(fields.at("model"),
                        "unknown travel model \"" + model + "\"; expected haversine or matrix"));
                return Optional.empty();
        }
    }

    private Optional<TravelModel> readMatrix(JsonFields travel, HaversineTravel fallback) {
        Map<TravelMatrix.Route, Leg> legs = new LinkedHashMap<>();
        List<Integer> added = documentIndex.computeIfAbsent(LEGS, key -> new ArrayList<>());
        List<JsonNode> nodes = travel.array("legs");
        for (int i = 0; i < nodes.size(); i++) {
            String path = LEGS + "[" + i + "]";
            Optional<JsonFields> opened = JsonFields.open(nodes.get(i), path, problems, LEG_FIELDS,
                    ImmutableSet.of());
            if (opened.isEmpty()) {
                continue;
            }
            JsonFields leg = opened.get();
            TravelMatrix.Route route = new TravelMatrix.Route(new StoreId(orPlaceholder(leg.id("from"))),
                    new StoreId(orPlaceholder(leg.id("to"))));
            double km = leg.number("km");
            double minutes = leg.number("minutes");
            if (!(km >= 0) || Double.isInfinite(km)) {
                problems.add(new InputError(leg.at("km"), km + " must be a finite number, 0 or more"));
            }
            if (!(minutes >= 0) || Double.isInfinite(minutes)) {
                problems.add(new InputError(leg.at("minutes"), minutes + " must be a finite number, 0 or more"));
            }
            if (!leg.isClean()) {
                continue;
            }
            if (legs.putIfAbsent(route, new Leg(km, minutes)) == null) {
                added.add(i);
            } else {
                problems.add(new InputError(path, "duplicate leg from \"" + route.from() + "\" to \"" + route.to()
                        + "\""));
            }
        }
        return Optional.of(new TravelMatrix(legs, fallback));
    }

    private boolean addIfClean(JsonFields fields, String id, Runnable add, Runnable assumeKnown) {
        if (fields.isClean()) {
            add.run();
            return true;
        }
        if (!id.isBlank()) {
            assumeKnown.run();
        }
        return false;
    }

    private Money money(JsonFields fields, String field) {
        BigDecimal yuan = fields.decimal(field);
        try {
            return Money.of(yuan);
        } catch (IllegalArgumentException e) {
            problems.add(new InputError(fields.at(field), yuan.toPlainString() + " is not an amount in yuan with at "
                    + "most two decimals"));
            return Money.ZERO;
        }
    }

    /**
     * Sorts the problems by the element they are in, as it comes in the document; the problems of one element
     * keep the order they were found in, and a missing top-level field comes first.
     */
    private void sortInDocumentOrder(JsonNode root) {
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        problems.sort(Comparator.comparingInt((InputError problem) -> fields.indexOf(element(problem).group(1)))
                .thenComparingInt(problem -> {
                    String index = element(problem).group(2);
                    return index == null ? -1 : Integer.parseInt(index);
                }));
    }

    private static Matcher element(InputError problem) {
        Matcher matcher = ELEMENT.matcher(problem.path());
        matcher.lookingAt();
        return matcher;
    }

    private static String orPlaceholder(String id) {
        return id.isBlank() ? "?" : id;
    }

    private InputError toDocumentPath(InputError problem) {
        Matcher matcher = INDEXED_SECTION.matcher(problem.path());
        if (!matcher.matches()) {
            return problem;
        }
        List<Integer> positions = documentIndex.get(matcher.group(1));
        int documentPosition = positions.get(Integer.parseInt(matcher.group(2)));
        String message = problem.message();
        // Anchored at the end: the message quotes the duplicate id first, and that id may hold any text.
        Matcher first = Pattern.compile("\\(first at " + Pattern.quote(matcher.group(1)) + "\\[(\\d+)]\\)$")
                .matcher(message);
        if (first.find()) {
            int firstPosition = positions.get(Integer.parseInt(first.group(1)));
            message = first.replaceFirst("(first at " + matcher.group(1) + "[" + firstPosition + "])");
        }
        return new InputError(matcher.group(1) + "[" + documentPosition + "]" + matcher.group(3), message);
    }
}
