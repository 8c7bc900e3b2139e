package org.aiip.tracker.filing;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The analyser a title or abstract is indexed under follows its script, whatever Latin text surrounds it. */
class FilingTextTests {

    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("Deep learning method, e.g. for \"vehicles\" (v2) – Æther, ĀŁ, ÿ", FilingText.Script.ENGLISH),
                // Greek and Cyrillic are neither Han nor Hangul.
                arguments("Μέθοδος ᾯ и метод", FilingText.Script.ENGLISH),
                arguments("基于深度学习的图像识别方法", FilingText.Script.CJK),
                arguments("Method for 深度 learning", FilingText.Script.CJK),
                arguments("ニューラル ネットワーク", FilingText.Script.CJK),
                arguments("ひらがな", FilingText.Script.CJK),
                arguments("𠀀 extension B", FilingText.Script.CJK),
                arguments("딥러닝 기반 영상 인식 방법", FilingText.Script.KOREAN),
                arguments("深度 learning 방법", FilingText.Script.KOREAN),
                // The first Hangul Jamo (U+1100), where Latin text stops being skipped.
                arguments("Jamo \u1100", FilingText.Script.KOREAN));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void theScriptDecidesTheAnalyser(String text, FilingText.Script expected) {
        assertThat(FilingText.Script.of(text)).isEqualTo(expected);
    }

}
