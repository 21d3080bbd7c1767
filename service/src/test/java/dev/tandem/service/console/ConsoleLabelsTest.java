package dev.tandem.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.kpi.Breach;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.match.Rule;
import dev.tandem.model.LoadState;
import dev.tandem.model.Skill;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.service.Json;
import dev.tandem.service.plan.PlanKind;
import dev.tandem.service.plan.PlanStatus;

/**
 * Every label of the console exists in both languages: the two dictionaries have the same keys and placeholders,
 * every key the pages use is in them, every value the service can send (statuses, kinds, rules, bands) has its
 * label, and no label is left over unused.
 */
class ConsoleLabelsTest {

    private static final String DICTIONARIES = "/dev/tandem/service/console/i18n/";
    private static final Path SOURCES = Path.of("src", "main", "resources", "dev", "tandem", "service", "console");
    /** A quoted string that is a label key: lower-case words joined by dots, such as 'help.request'. */
    private static final Pattern KEY = Pattern.compile("['\"]([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)['\"]");
    /** The prefixes of keys made from a value the service sends: `status.${record.status}`. */
    private static final Pattern DYNAMIC = Pattern.compile("`([a-z][A-Za-z.]*\\.)\\$\\{");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void bothLanguagesHaveTheSameLabelsWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = dictionary("en");
        Map<String, String> chinese = dictionary("zh-CN");

        assertThat(chinese.keySet()).as("zh-CN keys").containsExactlyInAnyOrderElementsOf(english.keySet());
        for (String key : english.keySet()) {
            assertThat(english.get(key)).as("en %s", key).isNotBlank();
            assertThat(chinese.get(key)).as("zh-CN %s", key).isNotBlank();
            assertThat(placeholders(chinese.get(key))).as("placeholders of %s in zh-CN", key)
                    .isEqualTo(placeholders(english.get(key)));
        }
    }

    @Test
    void everyKeyThePagesUseIsInTheDictionaryAndEveryLabelIsUsed() throws IOException {
        Map<String, String> english = dictionary("en");
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String source : sources()) {
            find(KEY, source, used);
            find(DYNAMIC, source, prefixes);
        }
        used.removeIf(name -> name.matches(".*\\.(css|js|json|png)"));

        assertThat(used).as("keys in the pages").hasSizeGreaterThan(200);
        assertThat(english.keySet()).as("keys used by the pages").containsAll(used);
        List<String> unused = english.keySet().stream().filter(key -> !used.contains(key))
                .filter(key -> prefixes.stream().noneMatch(key::startsWith)).toList();
        assertThat(unused).as("labels no page uses").isEmpty();
    }

    @Test
    void everyValueTheServiceSendsHasItsLabel() throws IOException {
        Map<String, String> english = dictionary("en");
        List<String> needed = new ArrayList<>();
        Stream.of(Status.values()).forEach(value -> needed.add("status." + value));
        Stream.of(PlanStatus.values()).forEach(value -> needed.add("status." + value));
        Stream.of(RecordKind.values()).forEach(value -> needed.add("kind." + value));
        Stream.of(PlanKind.values()).forEach(value -> needed.add("plan.kind." + value));
        Stream.of(Rule.values()).forEach(value -> needed.add("rule." + value));
        Stream.of(LoadState.values()).forEach(value -> needed.add("state." + value));
        Stream.of(SubsidyBand.values()).forEach(value -> needed.add("band." + value));
        Stream.of(TechnicianStatus.values()).forEach(value -> needed.add("techStatus." + value));
        Stream.of(Breach.values()).forEach(value -> needed.add("breach." + value));
        Stream.of(Skill.HV_SYSTEM, Skill.BODY_PAINT, Skill.ADAS, Skill.GENERAL)
                .forEach(skill -> needed.add("skill." + skill.code()));

        assertThat(english.keySet()).containsAll(needed);
    }

    @Test
    void theChineseDictionaryIsInChinese() throws IOException {
        Map<String, String> chinese = dictionary("zh-CN");
        long withHan = chinese.values().stream().filter(text -> text.codePoints()
                .anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN)).count();
        // a few labels are the same in both (#, {booked}/{capacity}, ROI's {kind} {id})
        assertThat(withHan).as("zh-CN labels with Chinese characters").isGreaterThan(chinese.size() - 10);
    }

    private static Map<String, String> dictionary(String language) throws IOException {
        try (InputStream in = ConsoleLabelsTest.class.getResourceAsStream(DICTIONARIES + language + ".json")) {
            assertThat(in).as("dictionary %s", language).isNotNull();
            JsonNode tree = Json.MAPPER.readTree(in);
            Map<String, String> labels = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : tree.properties()) {
                labels.put(entry.getKey(), entry.getValue().asText());
            }
            return labels;
        }
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".js") || path.toString().endsWith(".html"))
                    .toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            assertThat(texts).as("console sources under %s", SOURCES).hasSizeGreaterThan(5);
            return texts;
        }
    }

    private static void find(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        find(PLACEHOLDER, text, names);
        return names;
    }
}
