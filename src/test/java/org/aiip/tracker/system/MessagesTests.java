package org.aiip.tracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the three languages in step: every message file has a Korean and a Chinese sibling with
 * the same keys and the same placeholders, and no template shows text that bypasses the messages.
 */
class MessagesTests {

    static final List<String> LANGUAGES = List.of("ko", "zh");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Characters a template may show literally: digits, blanks and these symbols. */
    static final String ALLOWED_SYMBOLS = "—–-·→()[]/:;,.|…×";

    /** Attributes a person reads (or hears); a literal value must come from the messages instead. */
    static final List<String> READABLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

    /** Attributes that replace an element's content, so its prototype text never shows. */
    static final List<String> REPLACING_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:errors", "th:field", "sec:authentication");

    @Test
    void everyMessageFileHasKoreanAndChineseWithTheSameKeys() throws IOException {
        Map<String, Properties> bases = baseFiles();
        assertThat(bases).as("message files").containsKeys("common", "overview", "filings");
        List<String> problems = new ArrayList<>();
        for (var base : bases.entrySet()) {
            Set<String> english = base.getValue().stringPropertyNames();
            for (String lang : LANGUAGES) {
                String name = base.getKey() + "_" + lang;
                Properties translation = load("messages/" + name + ".properties");
                if (translation == null) {
                    problems.add(name + ".properties is missing");
                    continue;
                }
                Set<String> translated = translation.stringPropertyNames();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(name + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(name + " has keys the English file lacks: " + extra);
                }
            }
        }
        assertThat(problems).as("keys out of step").isEmpty();
    }

    @Test
    void translationsKeepThePlaceholdersAndQuotesOfTheEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var base : baseFiles().entrySet()) {
            Properties english = base.getValue();
            problems.addAll(quoting(base.getKey(), english));
            for (String lang : LANGUAGES) {
                String name = base.getKey() + "_" + lang;
                Properties translation = load("messages/" + name + ".properties");
                if (translation == null) {
                    continue;
                }
                problems.addAll(quoting(name, translation));
                for (String key : english.stringPropertyNames()) {
                    String text = translation.getProperty(key);
                    if (text == null) {
                        continue;
                    }
                    Set<String> expected = placeholders(english.getProperty(key));
                    Set<String> actual = placeholders(text);
                    if (!expected.equals(actual)) {
                        problems.add(name + " " + key + ": placeholders " + actual + ", English has " + expected);
                    }
                    if (text.isBlank()) {
                        problems.add(name + " " + key + " is empty");
                    }
                }
            }
        }
        assertThat(problems).as("placeholder or quote problems").isEmpty();
    }

    @Test
    void everyMessageFileIsOneOfTheBasenamesSpringReads() throws IOException {
        Properties app = load("application.properties");
        Set<String> basenames = Arrays.stream(app.getProperty("spring.messages.basename").split(","))
            .map(String::trim)
            .collect(Collectors.toSet());
        for (String name : baseFiles().keySet()) {
            assertThat(basenames).as("spring.messages.basename").contains("messages/" + name);
        }
    }

    @Test
    void templatesShowNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).as("templates").isNotEmpty();
        for (Path template : templates) {
            String name = TEMPLATES.relativize(template).toString();
            for (String literal : literals(Files.readString(template))) {
                problems.add(name + ": " + literal);
            }
        }
        assertThat(problems).as("literal text in templates (move it into the messages)").isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextAndAttributesButNotReplacedPrototypes() {
        String html = """
                <html th:replace="~{fragments/layout :: layout('t', ~{::section}, 'home')}"><body><section>
                <h1 th:text="#{a}">Prototype</h1>
                <p>Hello <span th:text="${x}">there</span> (<b>2</b>) — →</p>
                <div th:replace="~{x :: y}"><p>Replaced</p></div>
                <img src="a.png" alt="A cat"><img th:alt="#{b}" alt="ok"><input placeholder="Type">
                <a title="Tip" th:attr="title=#{c}">[[#{d}]]</a>
                </section></body></html>
                """;
        assertThat(literals(html)).containsExactlyInAnyOrder("text \"Hello\" in <p>", "alt=\"A cat\" on <img>",
                "placeholder=\"Type\" on <input>");
    }

    /** Literal visible text and readable attributes of one template, as readable findings. */
    static List<String> literals(String html) {
        Document doc = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode text && text.parent() != null && !isReplaced(text.parent())
                        && shows(text.getWholeText())) {
                    found.add("text \"" + text.getWholeText().strip() + "\" in <" + text.parent().tagName() + ">");
                }
                if (node instanceof Element element && !isReplaced(element)) {
                    for (String attribute : READABLE_ATTRIBUTES) {
                        String value = element.attr(attribute);
                        if (element.hasAttr(attribute) && shows(value) && !setByThymeleaf(element, attribute)) {
                            found.add(attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
                        }
                    }
                }
            }
        }, doc);
        return found;
    }

    /** Whether Thymeleaf replaces this element's content (or the element itself), here or above. */
    static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            // A page's root element is replaced by the layout, which shows the page's own section.
            boolean pageRoot = e.tagName().equals("html");
            for (String attribute : REPLACING_ATTRIBUTES) {
                if (e.hasAttr(attribute) && !(pageRoot && attribute.equals("th:replace"))) {
                    return true;
                }
            }
            if (e.attr("th:remove").equals("all")) {
                return true;
            }
        }
        return false;
    }

    static boolean setByThymeleaf(Element element, String attribute) {
        return element.hasAttr("th:" + attribute)
                || Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=").matcher(element.attr("th:attr")).find();
    }

    /** Whether the text has anything beyond blanks, digits, the allowed symbols and inlined expressions. */
    static boolean shows(String text) {
        String rest = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
        return rest.codePoints()
            .anyMatch(c -> !Character.isWhitespace(c) && !Character.isDigit(c) && c != '\u00a0'
                    && ALLOWED_SYMBOLS.indexOf(c) < 0);
    }

    /** Apostrophes: doubled in a message with arguments (MessageFormat), single in one without. */
    static List<String> quoting(String file, Properties messages) {
        List<String> problems = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            boolean hasArguments = !placeholders(text).isEmpty();
            String withoutDoubled = text.replace("''", "");
            if (hasArguments && withoutDoubled.contains("'")) {
                problems.add(file + " " + key + ": a single ' in a message with arguments hides what follows");
            }
            if (!hasArguments && text.contains("''")) {
                problems.add(file + " " + key + ": '' in a message without arguments shows twice");
            }
        }
        return problems;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    /** The English files, by name (common, overview, ...). */
    static Map<String, Properties> baseFiles() throws IOException {
        Map<String, Properties> bases = new TreeMap<>();
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        for (Resource resource : resources) {
            String file = resource.getFilename();
            if (file == null || file.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
                continue;
            }
            bases.put(file.substring(0, file.length() - ".properties".length()), read(resource.getInputStream()));
        }
        return bases;
    }

    static Properties load(String classpathName) throws IOException {
        InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(classpathName);
        return in == null ? null : read(in);
    }

    static Properties read(InputStream in) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }

}
