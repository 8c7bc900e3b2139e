package org.aiip.tracker.member;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.RevisionKept;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads member companies for pages and other features. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;

    private final MemberAliasRepository aliases;

    /** The members as pages name them, read once per revision of the public data. */
    private final RevisionKept<Directory> directory;

    MemberService(MemberRepository members, MemberAliasRepository aliases, DataRevision revision) {
        this.members = members;
        this.aliases = aliases;
        this.directory = new RevisionKept<>(revision, () -> Directory.of(all()));
    }

    /**
     * All members as pages name them, by English name: kept in memory and read again from the database
     * once the revision of the public data has moved on (a change through any instance moves it), so a
     * list page does not load every member for its filter.
     */
    public List<MemberRef> refs() {
        return directory().byName();
    }

    /** The member with this page address, from the same memory as {@link #refs()}. */
    public Optional<MemberRef> refBySlug(String slug) {
        return Optional.ofNullable(directory().bySlug().get(slug));
    }

    /** The member with this id, from the same memory as {@link #refs()}. */
    public Optional<MemberRef> refById(Long id) {
        return Optional.ofNullable(directory().byId().get(id));
    }

    /** Every member by id, from the same memory as {@link #refs()}: for naming many rows at once. */
    public Map<Long, MemberRef> refsById() {
        return directory().byId();
    }

    private Directory directory() {
        return this.directory.get();
    }

    private record Directory(List<MemberRef> byName, Map<String, MemberRef> bySlug,
            Map<Long, MemberRef> byId) {

        static Directory of(List<MemberCompany> members) {
            List<MemberRef> refs = members.stream()
                .map(MemberRef::of)
                .sorted(Comparator.comparing(MemberRef::nameEn))
                .toList();
            Map<String, MemberRef> bySlug = new HashMap<>();
            Map<Long, MemberRef> byId = new HashMap<>();
            refs.forEach(ref -> {
                bySlug.put(ref.slug(), ref);
                byId.put(ref.id(), ref);
            });
            return new Directory(refs, Map.copyOf(bySlug), Map.copyOf(byId));
        }

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
