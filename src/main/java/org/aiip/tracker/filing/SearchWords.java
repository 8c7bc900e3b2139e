package org.aiip.tracker.filing;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words that the H2 search index ({@link FilingWordIndex}) keeps of a title or an abstract, and
 * the parts of a searched text that it can look up. Text is lower-cased and cut into runs of letters
 * and digits. A run of three or more characters is a word (a longer one than {@value #MAX_LENGTH}
 * is kept as overlapping pieces); Chinese and Japanese characters, written without spaces, give
 * every pair of neighbours instead. Whatever part of a word someone searches for lies inside one
 * indexed word, so looking the part up among the indexed words ({@code like '%part%'}) finds every
 * filing that can contain the text, and the {@code like} on the title and abstract then decides.
 */
final class SearchWords {

    /** Shorter runs are not indexed ("a", "of", "5g"); a search for them alone scans. */
    static final int MIN_LENGTH = 3;

    /** Longest indexed word, in characters (code points); the column holds twice as many UTF-16 units. */
    static final int MAX_LENGTH = 100;

    /** Longer words are kept as pieces starting every STEP characters, so that any part of up to STEP lies in one. */
    static final int STEP = 50;

    private SearchWords() {
    }

    /** The indexed words of the texts (null texts have none). */
    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                runs(text, run -> indexWords(run, words::add));
            }
        }
        return words;
    }

    /**
     * The parts of a searched text that the index can look up: each lies inside an indexed word of
     * every title or abstract that contains the text. Empty when none can (only short parts).
     */
    static List<String> lookups(String text) {
        Set<String> parts = new LinkedHashSet<>();
        runs(text, run -> {
            if (isIdeographic(run)) {
                bigrams(run, parts::add);
            }
            else if (run.codePointCount(0, run.length()) >= MIN_LENGTH
                    && run.codePointCount(0, run.length()) <= STEP) {
                parts.add(run);
            }
        });
        return new ArrayList<>(parts);
    }

    private static void indexWords(String run, Consumer<String> words) {
        if (isIdeographic(run)) {
            bigrams(run, words);
            return;
        }
        int length = run.codePointCount(0, run.length());
        if (length < MIN_LENGTH) {
            return;
        }
        for (int start = 0;; start += STEP) {
            int end = Math.min(length, start + MAX_LENGTH);
            words.accept(run.substring(run.offsetByCodePoints(0, start), run.offsetByCodePoints(0, end)));
            if (end == length) {
                return;
            }
        }
    }

    private static void bigrams(String run, Consumer<String> words) {
        int[] points = run.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            words.accept(new String(points, i, 2));
        }
    }

    /**
     * Calls {@code action} with each lower-cased run of letters and digits, a run of Chinese or
     * Japanese characters apart from the letters beside it ("ai芯片" gives "ai" and "芯片").
     */
    private static void runs(String text, Consumer<String> action) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        boolean ideographic = false;
        for (int i = 0; i < lower.length();) {
            int point = lower.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(point);
            boolean ideograph = letter && isIdeographic(point);
            if (start >= 0 && (!letter || ideograph != ideographic)) {
                action.accept(lower.substring(start, i));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
                ideographic = ideograph;
            }
            i += Character.charCount(point);
        }
        if (start >= 0) {
            action.accept(lower.substring(start));
        }
    }

    private static boolean isIdeographic(String run) {
        return isIdeographic(run.codePointAt(0));
    }

    private static boolean isIdeographic(int point) {
        UnicodeScript script = UnicodeScript.of(point);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

}
