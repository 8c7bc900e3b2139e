import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the surefire reports after the build and fails (exit 1) when a run has fewer tests than
 * .ci/expected-tests says, when a test was skipped that .ci/known-skips does not name, or when a
 * report directory is missing. A single-file Java program (java .ci/CheckTestReports.java ...), so
 * that CI needs nothing the build does not already need.
 *
 * Usage: java .ci/CheckTestReports.java EXPECTED KNOWN_SKIPS REPORT_DIR... [--print]
 */
public class CheckTestReports {

    record Case(String id, boolean skipped, boolean failed, String message) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> expected = expected(Path.of(args[0]));
        List<String> known = lines(Path.of(args[1])).stream().map(line -> line.split("\\s+", 2)[0]).toList();
        boolean ok = true;
        for (int i = 2; i < args.length; i++) {
            Path directory = Path.of(args[i]);
            String name = directory.getFileName().toString();
            if (!Files.isDirectory(directory)) {
                System.out.println("[tests] " + directory + ": no reports (the run did not happen)");
                ok = false;
                continue;
            }
            List<Case> cases = cases(directory);
            long skipped = cases.stream().filter(Case::skipped).count();
            long failed = cases.stream().filter(Case::failed).count();
            int minimum = expected.getOrDefault(name, Integer.MAX_VALUE);
            long ran = cases.size() - skipped;
            System.out.printf("[tests] %s: %d tests ran (%d failed), %d skipped; at least %s expected to run%n",
                    directory, ran, failed, skipped, minimum == Integer.MAX_VALUE ? "(none stated)" : minimum);
            if (ran < minimum) {
                System.out.println("[tests] FEWER TESTS THAN EXPECTED in " + directory + " (" + ran + " < "
                        + minimum + "): a class was not run, or .ci/expected-tests needs lowering with a reason");
                ok = false;
            }
            for (Case skip : cases.stream().filter(Case::skipped).toList()) {
                boolean isKnown = known.stream().anyMatch(k -> skip.id().equals(k) || skip.id().startsWith(k + "#")
                        || (k.endsWith("*") && skip.id().startsWith(k.substring(0, k.length() - 1))));
                System.out.println("[tests] skipped" + (isKnown ? " (known)" : " (NOT KNOWN)") + ": " + skip.id()
                        + (skip.message().isEmpty() ? "" : " - " + skip.message()));
                ok &= isKnown;
            }
        }
        if (!ok) {
            System.out.println("[tests] the test reports do not show a complete run");
            System.exit(1);
        }
    }

    static List<Case> cases(Path directory) throws Exception {
        List<Case> cases = new ArrayList<>();
        List<Path> reports;
        try (Stream<Path> files = Files.list(directory)) {
            reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        for (Path report : reports) {
            NodeList testcases = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                Element testcase = (Element) testcases.item(i);
                Element skipped = first(testcase, "skipped");
                boolean failed = first(testcase, "failure") != null || first(testcase, "error") != null;
                cases.add(new Case(testcase.getAttribute("classname") + "#" + testcase.getAttribute("name"),
                        skipped != null, failed, skipped == null ? "" : skipped.getAttribute("message")));
            }
        }
        return cases;
    }

    static Element first(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }

    /** "surefire-reports 1234" per line: the least number of tests each run must have. */
    static Map<String, Integer> expected(Path file) throws IOException {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.split("\\s+");
            expected.put(parts[0], Integer.parseInt(parts[1]));
        }
        return expected;
    }

    /** The file's lines without comments (#) and blank lines. */
    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
            .map(line -> line.replaceAll("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .toList();
    }

}
