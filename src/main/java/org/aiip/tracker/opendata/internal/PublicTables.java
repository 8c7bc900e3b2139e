package org.aiip.tracker.opendata.internal;

import java.util.List;
import java.util.Map;

/**
 * The tables of the public record as a snapshot carries them for a restore ({@code restore/<table>.json},
 * every column, ids kept), in the order they are written: a table comes after those it refers to.
 * Only public rows go in: published filings and what hangs on them; a case's patent that is an
 * unpublished filing keeps its number without the link. Who entered a membership event or a clause
 * version, and who proposed an alias, are not public: they are written as {@link #ENTERED_BY}.
 */
final class PublicTables {

    static final String ENTERED_BY = "open data";

    /**
     * Whether the filing a column refers to is published. Written with {@code exists}, not as
     * {@code in (select id ...)}: H2 (2.4.240) fails on an {@code in} subquery with more rows than it keeps in
     * memory (about 40,000 published filings and more).
     */
    private static String published(String filingId) {
        return "exists (select 1 from patent_filing pub where pub.id = " + filingId + " and pub.published = true)";
    }

    /**
     * One table: the query that reads its public rows, the columns whose values are not published (and the
     * value written instead), and whether its rows are kept and matched by id on a restore ({@code merged}:
     * other, non-public tables refer to them, e.g. accounts to members) rather than deleted and written anew.
     */
    record Table(String name, String select, Map<String, Object> masked, boolean merged) {

        String file() {
            return "restore/" + this.name + ".json";
        }

    }

    static final List<Table> ALL = List.of(
            merged("technology_area"), merged("member_company"), merged("clause"),
            all("initiative"), all("reference_ranking"), all("clause_text"),
            masked("clause_text_version", "select * from clause_text_version", Map.of("entered_by", ENTERED_BY)),
            all("stated_member_count"),
            masked("membership_event", "select * from membership_event", Map.of("entered_by", ENTERED_BY)),
            masked("member_alias", "select * from member_alias where status = 'APPROVED'",
                    java.util.Collections.singletonMap("proposed_by", null)),
            where("patent_filing", "published = true"),
            ofPublished("filing_co_applicant"), ofPublished("filing_ipc"), ofPublished("filing_party"),
            ofPublished("filing_family_ref"),
            all("compliance_assessment"), all("evidence"),
            all("cooperation_agreement"), all("agreement_party"), all("agreement_clause"), all("agreement_field"),
            all("licence_offer"), ofPublished("licence_offer_filing"), all("licence_offer_family"),
            all("licence_snapshot"),
            all("litigation_case"), all("litigation_case_party"),
            masked("litigation_case_patent", "select l.case_id, l.position, l.number, case when "
                    + published("l.filing_id") + " then l.filing_id end as filing_id from litigation_case_patent l",
                    Map.of()),
            ofPublished("patent_transfer"),
            all("standards_declaration"), ofPublished("standards_declaration_filing"),
            all("standards_declaration_family"));

    /** The record types whose history (audit trail) is public: the dashboard and the as-of views read it. */
    static final List<String> AUDIT_TYPES = List.of("filing", "assessment", "member", "membership", "clause",
            "agreement", "licence-offer", "court-case", "patent-transfer", "standards-declaration");

    /** The public entries of the audit trail: of the public record types, of published filings only. */
    static final String PUBLIC_ENTRIES = "entity_type in ('" + String.join("', '", AUDIT_TYPES) + "')"
            + " and (entity_type <> 'filing' or " + published("entity_id") + ")"
            + " and (entity_type <> 'patent-transfer' or exists (select 1 from patent_transfer pt where pt.id = entity_id"
            + " and " + published("pt.filing_id") + "))";

    /**
     * The public history, who made each change left out. Restored after the target's own entries (ids moved
     * on by as many as it has), not by id: accounts' entries of the target instance are kept.
     */
    static final Table AUDIT_ENTRIES = masked("audit_entry", "select * from audit_entry where " + PUBLIC_ENTRIES,
            Map.of("username", ENTERED_BY));

    static final Table AUDIT_CHANGES = masked("audit_change",
            "select * from audit_change c where exists (select 1 from audit_entry where audit_entry.id = c.entry_id and "
                    + PUBLIC_ENTRIES + ")",
            Map.of());

    private PublicTables() {
    }

    private static Table all(String name) {
        return new Table(name, "select * from " + name, Map.of(), false);
    }

    private static Table merged(String name) {
        return new Table(name, "select * from " + name, Map.of(), true);
    }

    private static Table where(String name, String condition) {
        return new Table(name, "select * from " + name + " where " + condition, Map.of(), false);
    }

    private static Table ofPublished(String name) {
        return new Table(name, "select * from " + name + " t where " + published("t.filing_id"), Map.of(), false);
    }

    private static Table masked(String name, String select, Map<String, Object> masked) {
        return new Table(name, select, masked, false);
    }

}
