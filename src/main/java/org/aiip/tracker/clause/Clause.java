package org.aiip.tracker.clause;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the initiative's eight clauses, numbered 1 to 8, with its language versions. */
@Entity
@Table(name = "clause")
public class Clause {

    /** The languages the tracker keeps clause texts in, in the order they are offered. */
    public static final List<String> LANGUAGES = List.of("en", "ko", "zh");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @OneToMany(mappedBy = "clause", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lang")
    private List<ClauseText> texts = new ArrayList<>();

    @Version
    private long version;

    protected Clause() {
    }

    public Long getId() {
        return this.id;
    }

    public int getNumber() {
        return this.number;
    }

    public List<ClauseText> getTexts() {
        return List.copyOf(this.texts);
    }

    public Optional<ClauseText> text(String lang) {
        return this.texts.stream().filter(t -> t.getLang().equals(lang)).findFirst();
    }

    /**
     * The text to show in the given locale: that language's version where present, otherwise
     * English, otherwise any version. {@link ClauseText#getLang()} tells which one was chosen.
     */
    public Optional<ClauseText> textFor(Locale locale) {
        return text(locale.getLanguage()).or(() -> text("en")).or(() -> this.texts.stream().findFirst());
    }

    /** Adds a language version or corrects the existing one. */
    public ClauseText putText(String lang, String shortTitle, String fullText, boolean sourceText) {
        Optional<ClauseText> existing = text(lang);
        if (existing.isPresent()) {
            existing.get().update(shortTitle, fullText, sourceText);
            return existing.get();
        }
        ClauseText text = new ClauseText(this, lang, shortTitle, fullText, sourceText);
        this.texts.add(text);
        return text;
    }

    /**
     * Makes the given language's version the only source text: the others are marked as
     * translations. Returns the languages that were the source text until now.
     */
    public List<String> makeSourceText(String lang) {
        List<String> unmarked = new ArrayList<>();
        for (ClauseText text : this.texts) {
            if (!text.getLang().equals(lang) && text.isSourceText()) {
                text.update(text.getShortTitle(), text.getFullText(), false);
                unmarked.add(text.getLang());
            }
        }
        return unmarked;
    }

    /** Every language version's fields as the audit trail shows them, keyed like "zh.shortTitle". */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        this.texts.stream().sorted(Comparator.comparing(ClauseText::getLang)).forEach(text -> {
            state.put(text.getLang() + ".shortTitle", text.getShortTitle());
            state.put(text.getLang() + ".fullText", text.getFullText());
            state.put(text.getLang() + ".sourceText", String.valueOf(text.isSourceText()));
        });
        return state;
    }

    public long getVersion() {
        return this.version;
    }

}
