package org.aiip.tracker.registry;

import java.util.Collection;
import java.util.List;

import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.system.Texts;

/**
 * The patent and family boxes of the registries' forms, both ways: what was typed as lists, and a record's
 * filings and families as the boxes show them (and as the audit trail writes them).
 */
public final class PatentLists {

    private PatentLists() {
    }

    /** Patent numbers, one a line (semicolons also separate; commas belong to some numbers). */
    public static List<String> numbers(String text) {
        return Texts.items(text, "[\\r\\n;]+");
    }

    /** Family keys, separated by semicolons, commas or lines. */
    public static List<String> families(String text) {
        return Texts.items(text, "[\\r\\n;,]+");
    }

    /** The filings as the patent box shows them: one number a line. */
    public static String numbersText(Collection<PatentFiling> filings) {
        return String.join("\n", filings.stream().map(FilingReferences::reference).toList());
    }

    /** The families as the family box and the audit trail show them. */
    public static String familiesText(Collection<String> families) {
        return String.join("; ", families);
    }

    /** The filings as the audit trail writes them: sorted, separated by semicolons. */
    public static String auditText(Collection<PatentFiling> filings) {
        return String.join("; ", filings.stream().map(FilingReferences::reference).sorted().toList());
    }

}
