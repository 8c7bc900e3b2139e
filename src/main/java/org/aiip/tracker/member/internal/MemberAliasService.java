package org.aiip.tracker.member.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.CurrentEditor;
import org.aiip.tracker.member.MemberAlias;
import org.aiip.tracker.member.MemberAliasApproved;
import org.aiip.tracker.member.MemberAliasRepository;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;

/**
 * A member's aliases: the names under which it appears in registers. Admins add, approve and remove
 * them; an editor proposes names for their own company, which wait for an admin. A name belongs to
 * one member at a time: a name that is already another member's alias (for an overlapping time) is
 * refused. Approving publishes {@link MemberAliasApproved}, so that import rows waiting for the
 * name go on. Every change is audited.
 */
@Service
@Transactional
class MemberAliasService {

    static final String AUDIT_TYPE = "member-alias";

    private final MemberAliasRepository aliases;

    private final MemberService members;

    private final ApplicationEventPublisher events;

    private final CurrentEditor editor;

    MemberAliasService(MemberAliasRepository aliases, MemberService members, ApplicationEventPublisher events,
            CurrentEditor editor) {
        this.aliases = aliases;
        this.members = members;
        this.events = events;
        this.editor = editor;
    }

    /** The member, for the aliases page of someone who may see it (admins; editors of the member), or a 404. */
    @Transactional(readOnly = true)
    public MemberCompany member(String slug) {
        MemberCompany member = this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("member " + slug));
        if (!this.editor.mayEdit(member.getId())) {
            throw new NotFoundException("member " + slug);
        }
        return member;
    }

    @Transactional(readOnly = true)
    public List<MemberAlias> aliasesOf(MemberCompany member) {
        return this.aliases.findByMemberId(member.getId());
    }

    /** Adds a name: approved at once for an admin, proposed for an editor. */
    public MemberAlias add(String slug, AliasForm form) {
        MemberCompany member = member(slug);
        String key = CompanyName.key(form.getName());
        if (key.isEmpty()) {
            throw new MemberRejectedException("name", "alias.name.noLetters", "the name has no letters or digits");
        }
        if (form.getValidFrom() != null && form.getValidUntil() != null
                && form.getValidUntil().isBefore(form.getValidFrom())) {
            throw new MemberRejectedException("validUntil", "alias.validity.order",
                    "the end of validity cannot be before its start");
        }
        for (MemberAlias other : this.aliases.findByMatchKeyIn(List.of(key))) {
            if (other.getMember().getId().equals(member.getId())) {
                throw new MemberRejectedException("name", "alias.name.exists", "the member already has this name");
            }
            if (other.isApproved() && overlaps(other, form)) {
                throw new MemberRejectedException("name", "alias.name.otherMember",
                        "the name is an alias of another member at the same time");
            }
        }
        boolean admin = this.editor.isAdmin();
        MemberAlias alias = new MemberAlias(member, form.getName(), form.getKind(),
                admin ? MemberAlias.Status.APPROVED : MemberAlias.Status.PROPOSED);
        alias.setValidity(form.getValidFrom(), form.getValidUntil());
        alias.setSource(form.getSource());
        alias.setProposedBy(this.editor.name());
        this.aliases.saveAndFlush(alias);
        this.events.publishEvent(new MemberChanged(AUDIT_TYPE,
                alias.getId(), AuditAction.CREATE, member.getId(), alias.getName(),
                FieldChange.between(Map.of(), state(alias))));
        if (alias.isApproved()) {
            this.events.publishEvent(new MemberAliasApproved(alias.getMatchKey(), member.getId()));
        }
        return alias;
    }

    /** An admin approves an editor's proposal. */
    public void approve(String slug, long id, long version) {
        requireAdmin();
        MemberAlias alias = current(slug, id, version);
        Map<String, String> before = state(alias);
        alias.approve();
        this.aliases.saveAndFlush(alias);
        this.events.publishEvent(new MemberChanged(AUDIT_TYPE,
                alias.getId(), AuditAction.UPDATE, alias.getMember().getId(), alias.getName(),
                FieldChange.between(before, state(alias))));
        this.events.publishEvent(new MemberAliasApproved(alias.getMatchKey(), alias.getMember().getId()));
    }

    /** An admin removes an alias; an editor may withdraw their company's proposal. Filings keep their names. */
    public void remove(String slug, long id, long version) {
        MemberAlias alias = current(slug, id, version);
        boolean admin = this.editor.isAdmin();
        if (!admin && alias.isApproved()) {
            throw new NotFoundException("alias " + id);
        }
        this.events.publishEvent(new MemberChanged(AUDIT_TYPE,
                alias.getId(), AuditAction.DELETE, alias.getMember().getId(), alias.getName(),
                FieldChange.between(state(alias), Map.of())));
        this.aliases.delete(alias);
    }

    private MemberAlias current(String slug, long id, long version) {
        MemberCompany member = member(slug);
        MemberAlias alias = this.aliases.findById(id)
            .filter(a -> a.getMember().getId().equals(member.getId()))
            .orElseThrow(() -> new NotFoundException("alias " + id));
        if (alias.getVersion() != version) {
            throw new OptimisticLockingFailureException("the alias changed meanwhile");
        }
        return alias;
    }

    private static boolean overlaps(MemberAlias other, AliasForm form) {
        boolean endsBefore = other.getValidUntil() != null && form.getValidFrom() != null
                && other.getValidUntil().isBefore(form.getValidFrom());
        boolean startsAfter = other.getValidFrom() != null && form.getValidUntil() != null
                && other.getValidFrom().isAfter(form.getValidUntil());
        return !endsBefore && !startsAfter;
    }

    private void requireAdmin() {
        if (!this.editor.isAdmin()) {
            throw new NotFoundException("alias");
        }
    }

    private static Map<String, String> state(MemberAlias alias) {
        Map<String, String> state = new java.util.LinkedHashMap<>();
        state.put("name", alias.getName());
        state.put("kind", alias.getKind().name());
        state.put("validFrom", alias.getValidFrom() == null ? null : alias.getValidFrom().toString());
        state.put("validUntil", alias.getValidUntil() == null ? null : alias.getValidUntil().toString());
        state.put("status", alias.getStatus().name());
        state.put("source", alias.getSource());
        return state;
    }

}
