package org.aiip.tracker.filing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the H2 search index keeps of a text, and what it looks up for a searched text. */
class SearchWordsTest {

    @Test
    void wordsAreLowerCasedRunsOfThreeOrMoreLettersOrDigitsOnce() {
        assertThat(SearchWords.of("Speech wake-up method, 5G and G10L 15/22; speech", null))
            .containsExactly("speech", "wake", "method", "and", "g10l");
    }

    @Test
    void chineseAndJapaneseAreIndexedByNeighbouringPairsApartFromLetters() {
        assertThat(SearchWords.of("AI芯片的控制")).containsExactly("芯片", "片的", "的控", "控制");
        assertThat(SearchWords.lookups("深度学习")).containsExactly("深度", "度学", "学习");
        assertThat(SearchWords.lookups("学")).isEmpty();
    }

    @Test
    void aWordLongerThanAHundredIsKeptAsOverlappingPiecesSoThatAnyPartUpToFiftyLiesInOne() {
        String word = "a".repeat(60) + "b".repeat(60) + "c".repeat(60);
        var pieces = SearchWords.of(word);
        assertThat(pieces).allSatisfy(piece -> assertThat(piece).hasSizeLessThanOrEqualTo(SearchWords.MAX_LENGTH));
        for (int start = 0; start + SearchWords.STEP <= word.length(); start++) {
            String part = word.substring(start, start + SearchWords.STEP);
            assertThat(pieces).anySatisfy(piece -> assertThat(piece).contains(part));
        }
    }

    @Test
    void onlyPartsOfThreeToFiftyCharactersAreLookedUp() {
        assertThat(SearchWords.lookups("ka Speech re")).containsExactly("speech");
        assertThat(SearchWords.lookups("a 5g")).isEmpty();
        assertThat(SearchWords.lookups("x".repeat(51))).isEmpty();
        assertThat(SearchWords.lookups("quo%ka")).containsExactly("quo");
    }

}
