package org.aiip.tracker.member;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A company name as patent registers and export files write it, and the key by which two writings
 * of the same name are recognised. The key ignores case, punctuation, full-width and half-width
 * forms, the usual abbreviations of legal forms ({@code CO., LTD}, {@code Co Ltd} and
 * {@code Company Limited} are one), {@code &} against {@code and}, and a country suffix such as
 * {@code [CN]} as Espacenet writes it. Chinese names keep their characters: 百度在线网络技术（北京）有限公司
 * and 百度在线网络技术(北京)有限公司 have the same key.
 */
public final class CompanyName {

    /** Longest name kept; longer texts are not names. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern COUNTRY_SUFFIX = Pattern.compile("\\s*[\\[(][A-Z]{2}[\\])]\\s*$");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> LEGAL_FORMS = Map.ofEntries(Map.entry("company", "co"),
            Map.entry("limited", "ltd"), Map.entry("corporation", "corp"), Map.entry("incorporated", "inc"),
            Map.entry("technologies", "tech"), Map.entry("technology", "tech"), Map.entry("sci", "science"),
            Map.entry("&", "and"));

    private CompanyName() {
    }

    /**
     * The matching key: words in lower case, legal forms abbreviated one way, joined by single spaces.
     * Empty for a text with no letters or digits.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        text = COUNTRY_SUFFIX.matcher(text).replaceAll("");
        // Upper then lower case folds ſ, ı and the like onto their ASCII letters, whatever the locale.
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace("&", " & ");
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(text)) {
            if (word.equals("&")) {
                words.add("and");
                continue;
            }
            for (String part : NOT_WORD.split(word)) {
                if (!part.isEmpty()) {
                    words.add(LEGAL_FORMS.getOrDefault(part, part));
                }
            }
        }
        return String.join(" ", words);
    }

    /** The name as it should be shown: spaces collapsed, a country suffix such as {@code [CN]} left out. */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        text = SPACES.matcher(text).replaceAll(" ");
        return COUNTRY_SUFFIX.matcher(text).replaceAll("");
    }

}
