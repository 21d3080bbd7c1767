package dev.tandem.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java in the docs is real code: every Java block of README.md and of docs/*.md is marked with a snippet
 * comment and holds exactly the text of its region in a source file that the build compiles and runs (the host
 * examples, run by the invoker during verify, or the docs' examples that {@link DocsExamplesTest} runs on the
 * sample network); no page has an unmarked Java block.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKED = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n");

    @Test
    void everyJavaBlockOfTheReadmeIsTheTextOfARealSource() throws IOException {
        String readme = read(ROOT.resolve("README.md"));

        List<String> checked = checkMarkedBlocks(readme);

        assertThat(checked).contains("EmbeddingExample.java#embedding");
        assertThat(count(JAVA_BLOCK.matcher(readme))).isEqualTo(checked.size());
    }

    @Test
    void everyJavaBlockOfTheDocsIsTheTextOfARealSource() throws IOException {
        List<String> checked = new ArrayList<>();
        int blocks = 0;
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                String markdown = read(page);
                checked.addAll(checkMarkedBlocks(markdown));
                blocks += count(JAVA_BLOCK.matcher(markdown));
            }
        }
        assertThat(checked).contains("SolversExample.java#solvers", "DiversionExamples.java#assignment",
                "DiversionExamples.java#diversion", "LedgerExamples.java#ledger", "LedgerExamples.java#dashboard",
                "RebalancingExamples.java#flow");
        assertThat(blocks).as("Java blocks of the docs, each marked with its source").isEqualTo(checked.size());
    }

    @Test
    void aBlockThatDriftedFromItsSourceIsCaught() throws IOException {
        String drifted = "<!-- snippet: host-examples/src/it/core-only/src/main/java/com/example/host/"
                + "EmbeddingExample.java#embedding -->\n```java\nSystem.out.println(\"stale\");\n```";

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> checkMarkedBlocks(drifted)))
                .isInstanceOf(AssertionError.class);
    }

    private static List<String> checkMarkedBlocks(String markdown) throws IOException {
        List<String> checked = new ArrayList<>();
        Matcher block = MARKED.matcher(markdown);
        while (block.find()) {
            Path source = ROOT.resolve(block.group(1));
            assertThat(source).as("the source of a snippet").exists();
            assertThat(block.group(3)).as("the docs' text of %s#%s", block.group(1), block.group(2))
                    .isEqualTo(region(read(source), block.group(2)));
            checked.add(source.getFileName() + "#" + block.group(2));
        }
        return checked;
    }

    /** The lines between {@code // snippet:NAME} and the next {@code // end-snippet}, their common indent removed. */
    static String region(String source, String name) {
        List<String> lines = source.lines().collect(Collectors.toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// snippet:" + name)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("snippet %s in its source", name).isPositive();
        List<String> body = new ArrayList<>();
        for (int i = start; !lines.get(i).trim().equals("// end-snippet"); i++) {
            body.add(lines.get(i));
        }
        int indent = body.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return body.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
