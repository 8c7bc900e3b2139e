package org.aiip.tracker.member.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.CurrentEditor;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.StaleVersionException;

/**
 * Adds, changes and withdraws member companies. Admins keep every field; an editor keeps only
 * the profile text of their own company and never learns of another's (a 404). A company is never
 * deleted: withdrawal keeps it on record. A stale form never overwrites a newer save, an address
 * (slug) belongs to one company only, and every change is audited in its own transaction.
 */
@Service
@Transactional
class MemberEditService {

    /** The audit trail's name for member companies. */
    public static final String AUDIT_TYPE = "member";

    private final MemberEditRepository members;

    private final ApplicationEventPublisher events;

    private final CurrentEditor editor;

    MemberEditService(MemberEditRepository members, ApplicationEventPublisher events, CurrentEditor editor) {
        this.members = members;
        this.events = events;
        this.editor = editor;
    }

    /** A company for an admin to change, or a 404 for anybody else. */
    @Transactional(readOnly = true)
    public MemberCompany forAdmin(String slug) {
        if (!this.editor.isAdmin()) {
            throw new NotFoundException("member " + slug);
        }
        return find(slug);
    }

    /** A company whose profile text the current person may keep (admins: all; editors: their own), or a 404. */
    @Transactional(readOnly = true)
    public MemberCompany forProfile(String slug) {
        MemberCompany member = find(slug);
        if (!this.editor.mayEdit(member.getId())) {
            throw new NotFoundException("member " + slug);
        }
        return member;
    }

    public MemberCompany create(MemberForm form) {
        requireAdmin();
        checkSlugFree(form.getSlug(), null);
        MemberCompany member = new MemberCompany(form.getSlug(), form.getNameEn());
        form.applyTo(member);
        this.members.saveAndFlush(member);
        this.events.publishEvent(new MemberChanged(AUDIT_TYPE,
                member.getId(), AuditAction.CREATE, member.getId(), member.getNameEn(),
                FieldChange.between(Map.of(), member.auditState())));
        return member;
    }

    /**
     * Saves the admin's changes if nobody else saved the company since the form showed
     * {@code form.version}; otherwise throws {@link StaleVersionException} with the current state.
     */
    public MemberCompany update(String slug, MemberForm form) {
        MemberCompany member = current(forAdmin(slug), form.getVersion());
        checkSlugFree(form.getSlug(), member.getId());
        Map<String, String> before = member.auditState();
        form.applyTo(member);
        return saved(member, AuditAction.UPDATE, before);
    }

    /** Saves the profile text (description, sector, website), for admins and the company's editors. */
    public MemberCompany updateProfile(String slug, MemberProfileForm form) {
        MemberCompany member = current(forProfile(slug), form.getVersion());
        Map<String, String> before = member.auditState();
        form.applyTo(member);
        return saved(member, AuditAction.UPDATE, before);
    }

    /** Marks the company as withdrawn on the given date; it stays on record with its history. */
    public MemberCompany withdraw(String slug, long version, LocalDate on) {
        MemberCompany member = current(forAdmin(slug), version);
        if (!member.isActive()) {
            throw new MemberRejectedException("withdrawnOn", "members.withdraw.already", "already withdrawn");
        }
        if (on == null) {
            throw new MemberRejectedException("withdrawnOn", "members.withdraw.dateRequired", "the date is required");
        }
        if (on.isAfter(LocalDate.now())) {
            throw new MemberRejectedException("withdrawnOn", "members.withdraw.future", "the date is in the future");
        }
        if (member.getJoinedOn() != null && on.isBefore(member.getJoinedOn())) {
            throw new MemberRejectedException("withdrawnOn", "members.withdraw.beforeJoining",
                    "the date is before the company joined");
        }
        Map<String, String> before = member.auditState();
        member.withdraw(on);
        return saved(member, AuditAction.WITHDRAW, before);
    }

    private MemberCompany saved(MemberCompany member, AuditAction action, Map<String, String> before) {
        this.members.flush();
        var changes = FieldChange.between(before, member.auditState());
        if (!changes.isEmpty()) {
            this.events.publishEvent(new MemberChanged(AUDIT_TYPE,
                    member.getId(), action, member.getId(), member.getNameEn(), changes));
        }
        return member;
    }

    private MemberCompany find(String slug) {
        return this.members.findBySlug(slug).orElseThrow(() -> new NotFoundException("member " + slug));
    }

    private static MemberCompany current(MemberCompany member, long version) {
        if (member.getVersion() != version) {
            throw new StaleVersionException("the member company", member);
        }
        return member;
    }

    private void requireAdmin() {
        if (!this.editor.isAdmin()) {
            throw new NotFoundException("member");
        }
    }

    private void checkSlugFree(String slug, Long ownId) {
        Optional<MemberCompany> holder = this.members.findBySlug(slug);
        if (holder.isPresent() && !holder.get().getId().equals(ownId)) {
            throw new MemberRejectedException("slug", "members.slug.taken", "this address is already in use");
        }
    }

}
