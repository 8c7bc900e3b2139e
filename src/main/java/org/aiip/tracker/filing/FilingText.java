package org.aiip.tracker.filing;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a title or an abstract under the analyser of its script: {@code <property>_ko} (Nori) when
 * it has Hangul, {@code <property>_cjk} (character pairs) when it has Chinese or Japanese characters,
 * else {@code <property>_en} (English words, stemmed). Each text is analysed once; a search asks all
 * three fields, each analysing the query its own way ({@link #fields}).
 */
public class FilingText implements PropertyBinder {

    /** The searched fields of one property, e.g. {@code title_en, title_cjk, title_ko}. */
    static List<String> fields(String property) {
        return List.of(property + "_en", property + "_cjk", property + "_ko");
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        String name = context.bridgedElement().name();
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        context.bridge(String.class,
                new Bridge(schema.field(name + "_en", types.asString().analyzer(FilingAnalysis.ENGLISH)).toReference(),
                        schema.field(name + "_cjk", types.asString().analyzer(FilingAnalysis.CJK)).toReference(),
                        schema.field(name + "_ko", types.asString().analyzer(FilingAnalysis.KOREAN)).toReference()));
    }

    /** The script a text is analysed as. */
    enum Script {
        ENGLISH, CJK, KOREAN;

        /** Hangul Jamo begin at U+1100; Han, Hiragana and Katakana come after them. */
        private static final int FIRST_HANGUL_OR_HAN = 0x1100;

        static Script of(String text) {
            boolean cjk = false;
            for (int i = 0; i < text.length();) {
                int c = text.codePointAt(i);
                if (c < FIRST_HANGUL_OR_HAN) { // Latin and the like: no look-up in Unicode's script table
                    i++;
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HANGUL) {
                    return KOREAN;
                }
                cjk |= script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA;
                i += Character.charCount(c);
            }
            return cjk ? CJK : ENGLISH;
        }
    }

    private record Bridge(IndexFieldReference<String> english, IndexFieldReference<String> cjk,
            IndexFieldReference<String> korean) implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String text, PropertyBridgeWriteContext context) {
            if (text == null || text.isBlank()) {
                return;
            }
            IndexFieldReference<String> field = switch (Script.of(text)) {
                case KOREAN -> this.korean;
                case CJK -> this.cjk;
                case ENGLISH -> this.english;
            };
            target.addValue(field, text);
        }

    }

}
