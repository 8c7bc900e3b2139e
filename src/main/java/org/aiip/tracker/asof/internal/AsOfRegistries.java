package org.aiip.tracker.asof.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.licensing.OfferView;
import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.CaseView;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.litigation.TransferView;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.standards.DeclarationService;
import org.aiip.tracker.standards.DeclarationView;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;

/**
 * The records of the clause registries (licence offers, court cases, transfers, standards declarations)
 * as they stood at the end of a day. A record counts by its own dates (an offer from its start until its
 * end, a case from its filing, pending until its decision, a transfer and a declaration from their day),
 * also when it was recorded later: like a membership event, it says what held on a day before it was
 * entered. What the record said of itself then comes from the audit trail: for a record already kept on
 * the day, every change made after the day is undone (so an end date or a decision entered later is not
 * yet known); a record entered after the day is taken as the tracker knows it today.
 */
@Service
@Transactional(readOnly = true)
class AsOfRegistries {

    static final String OFFERS = LicenceOfferService.AUDIT_TYPE;

    static final String CASES = CaseService.AUDIT_TYPE;

    static final String TRANSFERS = TransferService.AUDIT_TYPE;

    static final String DECLARATIONS = DeclarationService.AUDIT_TYPE;

    /** The registries' record types in the audit trail. */
    static final List<String> TYPES = List.of(OFFERS, CASES, TRANSFERS, DECLARATIONS);

    private static final Pattern MEMBER_PARTY = Pattern.compile("member:(\\d+)");

    private final LicenceOfferService offers;

    private final CaseService cases;

    private final TransferService transfers;

    private final DeclarationService declarations;

    private final MemberService members;

    private final AuditService audit;

    AsOfRegistries(LicenceOfferService offers, CaseService cases, TransferService transfers,
            DeclarationService declarations, MemberService members, AuditService audit) {
        this.offers = offers;
        this.cases = cases;
        this.transfers = transfers;
        this.declarations = declarations;
        this.members = members;
        this.audit = audit;
    }

    /** Every registry record dated on or before the day, as the record stood then. */
    public Records on(AsOf asOf) {
        Map<String, Map<Long, Map<String, String>>> today = new LinkedHashMap<>();
        Map<String, Map<Long, String>> hrefs = new HashMap<>();
        Map<Long, Map<String, String>> offerStates = new LinkedHashMap<>();
        for (OfferView o : this.offers.all()) {
            Map<String, String> s = new HashMap<>();
            s.put("member", o.member().getNameEn());
            s.put("title", o.title());
            s.put("terms", String.valueOf(o.terms()));
            s.put("offeredFrom", String.valueOf(o.offeredFrom()));
            s.put("offeredUntil", o.offeredUntil() == null ? null : o.offeredUntil().toString());
            offerStates.put(o.id(), s);
        }
        today.put(OFFERS, offerStates);
        Map<Long, Map<String, String>> caseStates = new LinkedHashMap<>();
        for (CaseView c : this.cases.all()) {
            Map<String, String> s = new HashMap<>();
            s.put("caseNumber", c.caseNumber());
            s.put("title", c.title());
            s.put("filedOn", String.valueOf(c.filedOn()));
            s.put("decidedOn", c.decidedOn() == null ? null : c.decidedOn().toString());
            s.put("outcome", String.valueOf(c.outcome()));
            s.put("parties", String.join("; ", c.parties().stream()
                .map(p -> p.member() != null ? "member:" + p.member().getId() : String.valueOf(p.name()))
                .toList()));
            caseStates.put(c.id(), s);
        }
        today.put(CASES, caseStates);
        Map<Long, Map<String, String>> transferStates = new LinkedHashMap<>();
        for (TransferView t : this.transfers.all()) {
            Map<String, String> s = new HashMap<>();
            s.put("filing", t.patent());
            s.put("fromMember", t.fromMember().getNameEn());
            s.put("assignee", t.assignee());
            s.put("transferredOn", String.valueOf(t.transferredOn()));
            transferStates.put(t.id(), s);
        }
        today.put(TRANSFERS, transferStates);
        Map<Long, Map<String, String>> declarationStates = new LinkedHashMap<>();
        for (DeclarationView d : this.declarations.all()) {
            Map<String, String> s = new HashMap<>();
            s.put("member", d.member().getNameEn());
            s.put("standardsBody", d.standardsBody());
            s.put("standard", d.standard());
            s.put("declaredOn", String.valueOf(d.declaredOn()));
            s.put("commitment", String.valueOf(d.commitment()));
            declarationStates.put(d.id(), s);
        }
        today.put(DECLARATIONS, declarationStates);

        // Undo, newest first, the changes made after the day to the records kept on the day.
        Map<String, Map<Long, Map<String, String>>> then = new LinkedHashMap<>();
        today.forEach((type, states) -> {
            Map<Long, Map<String, String>> copy = new LinkedHashMap<>();
            states.forEach((id, s) -> copy.put(id, new HashMap<>(s)));
            then.put(type, copy);
        });
        Set<String> enteredLater = new HashSet<>();
        for (AuditEntry entry : this.audit.since(asOf.cutoff(), TYPES)) {
            Map<String, String> state = then.getOrDefault(entry.getEntityType(), Map.of()).get(entry.getEntityId());
            if (state == null) {
                continue;
            }
            if (entry.getAction() == AuditAction.CREATE) {
                enteredLater.add(entry.getEntityType() + ":" + entry.getEntityId());
                continue;
            }
            for (FieldChange change : entry.getChanges()) {
                state.put(change.field(), change.oldValue());
            }
        }
        // A record entered after the day: as the tracker knows it today.
        enteredLater.forEach(key -> {
            String[] parts = key.split(":", 2);
            long id = Long.parseLong(parts[1]);
            then.get(parts[0]).put(id, new HashMap<>(today.get(parts[0]).get(id)));
        });

        Map<String, MemberCompany> byName = new HashMap<>();
        Map<Long, MemberCompany> byId = new HashMap<>();
        for (MemberCompany m : this.members.all()) {
            byName.put(m.getNameEn(), m);
            byId.put(m.getId(), m);
        }
        LocalDate day = asOf.day();
        List<Item> items = new ArrayList<>();
        then.get(OFFERS).forEach((id, s) -> {
            LocalDate from = date(s.get("offeredFrom"));
            LocalDate until = date(s.get("offeredUntil"));
            MemberCompany m = byName.get(s.get("member"));
            if (from != null && !from.isAfter(day) && m != null) {
                boolean inForce = until == null || !until.isBefore(day);
                items.add(new Item(Kind.OFFER, id, Set.of(m.getId()), s.get("title"), from, until,
                        inForce ? "IN_FORCE" : "ENDED", s.get("terms"), "/licences/" + id));
            }
        });
        then.get(CASES).forEach((id, s) -> {
            LocalDate filed = date(s.get("filedOn"));
            LocalDate decided = date(s.get("decidedOn"));
            Set<Long> parties = new LinkedHashSet<>();
            Matcher matcher = MEMBER_PARTY.matcher(String.valueOf(s.get("parties")));
            while (matcher.find()) {
                long memberId = Long.parseLong(matcher.group(1));
                if (byId.containsKey(memberId)) {
                    parties.add(memberId);
                }
            }
            if (filed != null && !filed.isAfter(day) && !parties.isEmpty()) {
                boolean decidedThen = decided != null && !decided.isAfter(day);
                String outcome = decided != null && !decidedThen ? "PENDING" : s.get("outcome");
                items.add(new Item(Kind.CASE, id, parties, s.get("caseNumber") + " · " + s.get("title"), filed,
                        decidedThen ? decided : null, outcome, null, "/litigation/" + id));
            }
        });
        then.get(TRANSFERS).forEach((id, s) -> {
            LocalDate on = date(s.get("transferredOn"));
            MemberCompany m = byName.get(s.get("fromMember"));
            if (on != null && !on.isAfter(day) && m != null) {
                items.add(new Item(Kind.TRANSFER, id, Set.of(m.getId()), s.get("filing") + " → " + s.get("assignee"),
                        on, null, null, null, "/transfers/" + id));
            }
        });
        then.get(DECLARATIONS).forEach((id, s) -> {
            LocalDate on = date(s.get("declaredOn"));
            MemberCompany m = byName.get(s.get("member"));
            if (on != null && !on.isAfter(day) && m != null) {
                items.add(new Item(Kind.DECLARATION, id, Set.of(m.getId()),
                        s.get("standardsBody") + " · " + s.get("standard"), on, null, null, s.get("commitment"),
                        "/standards/" + id));
            }
        });
        items.sort(Comparator.comparing(Item::from).reversed().thenComparing(Item::id, Comparator.reverseOrder()));
        return new Records(items);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || "null".equals(value) ? null : LocalDate.parse(value);
        }
        catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    /** The kinds of registry record, with the clause each evidences and its message key. */
    public enum Kind {

        OFFER(OfferView.CLAUSE, "licences.kind", "/licences"),
        CASE(CaseView.CLAUSE, "litigation.kind", "/litigation"),
        TRANSFER(TransferView.CLAUSE, "transfers.kind", "/transfers"),
        DECLARATION(DeclarationView.CLAUSE, "standards.kind", "/standards");

        private final int clause;

        private final String messageKey;

        private final String href;

        Kind(int clause, String messageKey, String href) {
            this.clause = clause;
            this.messageKey = messageKey;
            this.href = href;
        }

        public int getClause() {
            return this.clause;
        }

        public String getMessageKey() {
            return this.messageKey;
        }

        public String getHref() {
            return this.href;
        }

    }

    /**
     * One registry record as it stood on the day.
     *
     * @param memberIds the members it concerns (an offer's or a declaration's member, a transfer's former
     * owner, a case's member parties)
     * @param from the day it began: an offer's start, a case's filing, a transfer's or declaration's day
     * @param until an offer's end, or a case's decision if it came by the day; else {@code null}
     * @param state an offer's IN_FORCE or ENDED, a case's outcome then (PENDING until its decision)
     * @param terms an offer's licence terms or a declaration's commitment
     */
    public record Item(Kind kind, long id, Set<Long> memberIds, String label, LocalDate from, LocalDate until,
            String state, String terms, String href) {

        public boolean concerns(long memberId) {
            return this.memberIds.contains(memberId);
        }

        /** Whether an offer was in force, or a case pending, on the day. */
        public boolean isOpen() {
            return "IN_FORCE".equals(this.state) || "PENDING".equals(this.state);
        }

    }

    /** The records on the day, newest first, with the figures the pages show. */
    public record Records(List<Item> items) {

        public List<Item> of(Kind kind) {
            return this.items.stream().filter(i -> i.kind() == kind).toList();
        }

        public List<Item> of(Kind kind, long memberId) {
            return this.items.stream().filter(i -> i.kind() == kind && i.concerns(memberId)).toList();
        }

        /** Licence offers in force on the day. */
        public long offersInForce() {
            return of(Kind.OFFER).stream().filter(Item::isOpen).count();
        }

        public long casesFiled() {
            return of(Kind.CASE).size();
        }

        public long casesPending() {
            return of(Kind.CASE).stream().filter(Item::isOpen).count();
        }

        public long transfers() {
            return of(Kind.TRANSFER).size();
        }

        public long declarations() {
            return of(Kind.DECLARATION).size();
        }

        /** A member's records on the day evidencing the clause (as the dashboard's matrix counts them). */
        public long count(long memberId, int clause) {
            return this.items.stream().filter(i -> i.kind().getClause() == clause && i.concerns(memberId)).count();
        }

    }

}
