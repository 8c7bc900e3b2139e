package org.aiip.tracker.member;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads member companies for pages and other features. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;

    private final MemberAliasRepository aliases;

    MemberService(MemberRepository members, MemberAliasRepository aliases) {
        this.members = members;
        this.aliases = aliases;
    }

    /** The member's approved aliases: the names under which registers write it. */
    public List<AliasView> approvedAliases(Long memberId) {
        return this.aliases.findByMemberId(memberId).stream().filter(MemberAlias::isApproved).map(AliasView::of).toList();
    }

    /** All members, active and withdrawn, by English name. */
    public List<MemberCompany> all() {
        return this.members.findAllByOrderByNameEnAsc();
    }

    public Optional<MemberCompany> bySlug(String slug) {
        return this.members.findBySlug(slug);
    }

    public Optional<MemberCompany> byId(Long id) {
        return this.members.findById(id);
    }

    public long activeCount() {
        return all().stream().filter(MemberCompany::isActive).count();
    }

}
