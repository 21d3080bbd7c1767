package dev.tandem.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;

/**
 * Thousands of corrupted snapshots: reading one either succeeds or throws {@link InvalidSnapshotException}
 * listing at least one problem, each with a place; never any other exception. A snapshot that is read also
 * survives writing and reading again.
 */
class SnapshotFuzzTest {

    /** Writes NaN and Infinity as the bare tokens the reader accepts, not as strings. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode SMALL = parse(SnapshotTexts.SMALL);
    /** The small snapshot as the writer lays it out: short enough that 2000 cuts cover most positions. */
    private static final String WRITTEN = SnapshotJson.toJson(SnapshotJson.read(SnapshotTexts.SMALL));
    private static final String READ = "read";
    private static final String REJECTED_AS_A_WHOLE = "rejected as a whole";
    private static final String REJECTED_WITH_PLACES = "rejected with places";
    private static final Pattern PATH_STEP = Pattern.compile("\\G(?:\\.?([^.\\[]+)|\\[(\\d+)])");

    /** What a mutation does to the place it picks. */
    enum Kind {
        /** Replaces the value by another value, often of another type. */
        REPLACE,
        /** Replaces a number by its negation, anything else by -1. */
        NEGATE,
        /** Removes a field or an array element. */
        REMOVE,
        /** Adds a field no snapshot has to an object. */
        ADD_UNKNOWN_FIELD,
        /** Inserts a copy of an array element somewhere in the same array. */
        DUPLICATE_ELEMENT
    }

    /**
     * One change to a document.
     *
     * @param kind what to do
     * @param place which place of the document, modulo the number of places of the right kind
     * @param value the new value, where the kind needs one
     */
    record Mutation(Kind kind, int place, JsonNode value) {

        @Override
        public String toString() {
            return kind + "@" + place + (kind == Kind.REPLACE || kind == Kind.ADD_UNKNOWN_FIELD ? " " + value : "");
        }
    }

    @Property(tries = 2000, seed = "20261127")
    void mutatedSnapshotIsReadOrRejectedWithPlacesInTheDocument(@ForAll("mutations") List<Mutation> mutations) {
        JsonNode doc = SMALL.deepCopy();
        mutations.forEach(mutation -> apply(mutation, doc));
        String json = write(doc);

        List<InputError> problems = readOrProblems(json.getBytes(StandardCharsets.UTF_8));

        assertThat(problems).allSatisfy(problem -> assertThat(pointsIntoTheDocument(problem, doc))
                .as("%s points into the document %s", problem, json).isTrue());
        collectOutcome(problems).coverage(outcomes -> {
            outcomes.check(READ).count(count -> count > 0);
            outcomes.check(REJECTED_WITH_PLACES).percentage(percent -> percent > 50);
        });
    }

    @Property(tries = 2000, seed = "20261128")
    void truncatedSnapshotIsRejectedUnlessOnlyWhiteSpaceWasCut(@ForAll("cuts") int length) {
        String json = WRITTEN.substring(0, length);

        List<InputError> problems = readOrProblems(json.getBytes(StandardCharsets.UTF_8));

        assertThat(problems.isEmpty()).isEqualTo(json.strip().equals(WRITTEN.strip()));
    }

    @Property(tries = 2000, seed = "20261129")
    void randomBytesAreRejected(@ForAll("noise") byte[] bytes) {
        List<InputError> problems = readOrProblems(bytes);

        assertThat(problems).isNotEmpty();
    }

    @Property(tries = 3000, seed = "20261130")
    void snapshotWithChangedBytesIsReadOrRejected(@ForAll("byteChanges") List<Map.Entry<Integer, Byte>> changes) {
        byte[] bytes = SnapshotTexts.SMALL.getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<Integer, Byte> change : changes) {
            int at = change.getKey() % bytes.length;
            bytes[at] = change.getValue() == 0 ? (byte) (bytes[at] ^ (1 << (at % 8))) : change.getValue();
        }

        collectOutcome(readOrProblems(bytes)).coverage(outcomes -> {
            outcomes.check(READ).count(count -> count > 0);
            outcomes.check(REJECTED_WITH_PLACES).percentage(percent -> percent > 5);
        });
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), values()).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, WRITTEN.length());
    }

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> jsonLike = Arbitraries.strings().withChars("{}[]\":,.-+0123456789eEtrufalsnNIiy \n\\")
                .ofMaxLength(120).map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(anyBytes, jsonLike);
    }

    /**
     * Positions with a new byte, mostly one that means something in JSON so that the text often stays JSON; the
     * byte 0 stands for flipping one bit of the byte there.
     */
    @Provide
    Arbitrary<List<Map.Entry<Integer, Byte>>> byteChanges() {
        Arbitrary<Byte> jsonByte = Arbitraries.chars().with("0123456789-.eE\"[]{},: aNT")
                .map(c -> (byte) c.charValue());
        Arbitrary<Byte> anyByte = Arbitraries.bytes();
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.frequencyOf(Tuple.of(3, jsonByte), Tuple.of(1, anyByte)))
                .as(Map::entry).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Values of every JSON type, with the numbers and texts most likely to break a reader. */
    private static Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> texts = Arbitraries.oneOf(
                Arbitraries.of("", " ", "abc", "XX", "SZ", "HL-FL", "T4", "NaN", "-1", "2026-13-01",
                        "2026-11-27T09:00:00", "2026-11-28", "2026-11-27T09:00:00+08:00", "(first at stores[9])"),
                Arbitraries.strings().ofMaxLength(12))
                .<JsonNode>map(NODES::textNode);
        Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
                Arbitraries.of(0, -1, 1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE).map(NODES::numberNode),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 3_000_000_000L).map(NODES::numberNode),
                Arbitraries.of(BigInteger.TWO.pow(64).add(BigInteger.ONE), BigInteger.TEN.pow(40).negate())
                        .map(NODES::numberNode),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.5, 2.5,
                        1e-9, 1800.005, 1e308, Double.MAX_VALUE, Double.MIN_VALUE, -1e308).map(NODES::numberNode),
                Arbitraries.integers().between(-1000, 1000).map(NODES::numberNode),
                Arbitraries.doubles().between(-500, 500).map(NODES::numberNode));
        Arbitrary<JsonNode> others = Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true),
                NODES.booleanNode(false), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(1),
                NODES.objectNode().put("id", "SZ"));
        return Arbitraries.frequencyOf(Tuple.of(3, texts), Tuple.of(4, numbers), Tuple.of(2, others));
    }

    private static void apply(Mutation mutation, JsonNode doc) {
        List<Place> values = new ArrayList<>();
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, values, containers);
        switch (mutation.kind()) {
            case REPLACE -> pick(values, mutation).set(mutation.value().deepCopy());
            case NEGATE -> {
                Place place = pick(values, mutation);
                JsonNode old = place.get();
                place.set(old.isNumber() ? negated(old) : NODES.numberNode(-1));
            }
            case REMOVE -> pick(values, mutation).remove();
            case ADD_UNKNOWN_FIELD -> {
                List<JsonNode> objects = containers.stream().filter(JsonNode::isObject).toList();
                ((ObjectNode) objects.get(mutation.place() % objects.size()))
                        .set("unknown" + mutation.place() % 3, mutation.value().deepCopy());
            }
            case DUPLICATE_ELEMENT -> {
                List<JsonNode> arrays = containers.stream().filter(node -> node.isArray() && !node.isEmpty())
                        .toList();
                if (!arrays.isEmpty()) {
                    ArrayNode array = (ArrayNode) arrays.get(mutation.place() % arrays.size());
                    int from = mutation.place() % array.size();
                    array.insert((mutation.place() / 7) % (array.size() + 1), array.get(from).deepCopy());
                }
            }
        }
    }

    private static Place pick(List<Place> places, Mutation mutation) {
        return places.get(mutation.place() % places.size());
    }

    private static JsonNode negated(JsonNode number) {
        if (number.isIntegralNumber()) {
            return NODES.numberNode(number.bigIntegerValue().negate());
        }
        return NODES.numberNode(-number.doubleValue());
    }

    /** Every field and element of the document, depth first, and every object and array including the root. */
    private static void collect(JsonNode node, List<Place> values, List<JsonNode> containers) {
        if (node.isObject()) {
            containers.add(node);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                values.add(new FieldPlace((ObjectNode) node, name));
                collect(node.get(name), values, containers);
            }
        } else if (node.isArray()) {
            containers.add(node);
            for (int i = 0; i < node.size(); i++) {
                values.add(new ElementPlace((ArrayNode) node, i));
                collect(node.get(i), values, containers);
            }
        }
    }

    /** A place in a document that holds a value. */
    private sealed interface Place permits FieldPlace, ElementPlace {
        JsonNode get();

        void set(JsonNode value);

        void remove();
    }

    private record FieldPlace(ObjectNode object, String name) implements Place {
        @Override
        public JsonNode get() {
            return object.get(name);
        }

        @Override
        public void set(JsonNode value) {
            object.set(name, value);
        }

        @Override
        public void remove() {
            object.remove(name);
        }
    }

    private record ElementPlace(ArrayNode array, int index) implements Place {
        @Override
        public JsonNode get() {
            return array.get(index);
        }

        @Override
        public void set(JsonNode value) {
            array.set(index, value);
        }

        @Override
        public void remove() {
            array.remove(index);
        }
    }

    /**
     * Counts whether a snapshot was read, rejected as not JSON, or rejected for its content, so that the report
     * shows whether the corruptions get past the parser at all.
     */
    private static StatisticsCollector collectOutcome(List<InputError> problems) {
        String outcome;
        if (problems.isEmpty()) {
            outcome = READ;
        } else if (problems.get(0).path().equals("$")) {
            outcome = REJECTED_AS_A_WHOLE;
        } else {
            outcome = REJECTED_WITH_PLACES;
        }
        return Statistics.label("outcome").collect(outcome);
    }

    /**
     * Reads the bytes; a snapshot must come back equal after writing and reading it again, and a rejection must
     * list problems that each have a place. Any other exception fails the property.
     *
     * @return the problems, empty when the snapshot was read
     */
    private static List<InputError> readOrProblems(byte[] json) {
        NetworkSnapshot snapshot;
        try {
            snapshot = SnapshotJson.read(json, "fuzz");
        } catch (InvalidSnapshotException rejected) {
            assertThat(rejected.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.path()).isNotBlank();
                assertThat(problem.message()).isNotBlank();
            });
            return rejected.problems();
        }
        assertThat(SnapshotJson.read(SnapshotJson.toJson(snapshot))).isEqualTo(snapshot);
        return List.of();
    }

    /**
     * Whether the path of {@code problem} names a place of {@code doc}: every step must exist, except that the
     * last may be missing when the problem is that it is required (null counts as missing then).
     */
    private static boolean pointsIntoTheDocument(InputError problem, JsonNode doc) {
        if (problem.path().equals("$")) {
            return true;
        }
        JsonNode node = doc;
        Matcher step = PATH_STEP.matcher(problem.path());
        int end = 0;
        while (step.find()) {
            if (node == null || node.isMissingNode()) {
                return false;
            }
            node = step.group(1) != null ? node.get(step.group(1)) : node.get(Integer.parseInt(step.group(2)));
            end = step.end();
        }
        if (end != problem.path().length()) {
            return false;
        }
        return node != null || problem.message().equals("is required");
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
