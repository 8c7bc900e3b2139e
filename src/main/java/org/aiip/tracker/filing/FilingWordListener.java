package org.aiip.tracker.filing;

import java.util.List;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the H2 search index in step with filings written through JPA (the forms, withdrawals, the
 * tests' fixtures), in the same transaction: Hibernate calls it right after each insert and update.
 * It remembers the texts a filing had when loaded, so that a change writes only the words that
 * changed, and a withdrawal, which changes no text, writes nothing.
 */
@Component
class FilingWordListener {

    // Looked up when first needed: Hibernate creates the listener while the context is still starting.
    private final ObjectProvider<FilingWordIndex> index;

    FilingWordListener(ObjectProvider<FilingWordIndex> index) {
        this.index = index;
    }

    @PostLoad
    void loaded(PatentFiling filing) {
        filing.indexedText = textOf(filing);
    }

    @PostPersist
    void inserted(PatentFiling filing) {
        FilingWordIndex.Text now = textOf(filing);
        this.index.getObject().add(List.of(now));
        filing.indexedText = now;
    }

    @PostUpdate
    void updated(PatentFiling filing) {
        FilingWordIndex.Text now = textOf(filing);
        FilingWordIndex.Text before = filing.indexedText;
        if (before == null) {
            this.index.getObject().reindex(now);
        }
        else if (!now.equals(before)) {
            this.index.getObject().replace(List.of(before), List.of(now));
        }
        filing.indexedText = now;
    }

    @PostRemove
    void removed(PatentFiling filing) {
        if (filing.indexedText != null) {
            this.index.getObject().remove(List.of(filing.indexedText));
        }
    }

    private static FilingWordIndex.Text textOf(PatentFiling filing) {
        return new FilingWordIndex.Text(filing.getId(), filing.getTitle(), filing.getAbstractText());
    }

}
