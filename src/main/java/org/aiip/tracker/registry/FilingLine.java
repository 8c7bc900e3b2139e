package org.aiip.tracker.registry;

import java.util.Collection;
import java.util.List;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.PatentFiling;

/** A filing a registry record names: its id, the number people know it by, and its title. */
public record FilingLine(long id, String number, String title) {

    /** The filings the viewer may see, as lines. */
    public static List<FilingLine> seen(Collection<PatentFiling> filings, FilingVisibility viewer) {
        return filings.stream()
            .filter(viewer::canSee)
            .map(f -> new FilingLine(f.getId(), FilingReferences.reference(f), f.getTitle()))
            .toList();
    }

}
