package org.aiip.tracker.filing.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.filing.FilingDetail;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingVisibility;

/**
 * What a filing's page shows, read in one read-only transaction: the filing with its family, and the records of
 * every registry that name it. Each registry's lookup joins that transaction instead of opening one of its own
 * (four fewer begins and commits, and connections taken from the pool, on every filing page).
 */
@Service
class FilingPageService {

    private final FilingService filings;

    private final List<FilingMentions> mentions;

    FilingPageService(FilingService filings, List<FilingMentions> mentions) {
        this.filings = filings;
        this.mentions = mentions;
    }

    /**
     * The page of one filing.
     *
     * @throws org.aiip.tracker.system.NotFoundException if there is no such filing or the viewer may not see it
     */
    @Transactional(readOnly = true)
    public FilingPage page(long id, FilingVisibility visibility) {
        FilingDetail detail = this.filings.detail(id, visibility);
        List<FilingMentions.Mention> named = this.mentions.stream()
            .flatMap(m -> m.of(detail.filing()).stream())
            .toList();
        return new FilingPage(detail, named);
    }

    /**
     * A filing's page.
     *
     * @param detail the filing with everything its page shows
     * @param mentions the registries' records that name it
     */
    record FilingPage(FilingDetail detail, List<FilingMentions.Mention> mentions) {
    }

}
