package org.aiip.tracker.membership;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.member.MemberView;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.membership.internal.MembershipChanged;
import org.aiip.tracker.membership.internal.MembershipEventRepository;
import org.aiip.tracker.membership.internal.MembershipForm;
import org.aiip.tracker.membership.internal.StatedMemberCountRepository;

/**
 * Membership over time. A company's standing on a day comes from its sourced events up to that day
 * (the last JOINED or LEFT decides; the last SIGNED_AS names the legal entity); a company without
 * such events falls back on its profile's "joined on" and "withdrawn on" dates, marked as unsourced.
 * Only admins add or remove events, and every change is audited.
 */
@Service("membership")
@Transactional(readOnly = true)
public class MembershipService {

    /** The audit trail's name for membership events. */
    public static final String AUDIT_TYPE = "membership";

    private final MembershipEventRepository events;

    private final StatedMemberCountRepository counts;

    private final MemberService members;

    private final ApplicationEventPublisher publisher;

    MembershipService(MembershipEventRepository events, StatedMemberCountRepository counts, MemberService members,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.counts = counts;
        this.members = members;
        this.publisher = publisher;
    }

    /** A member's events, oldest first. */
    public List<MembershipEvent> timeline(Long memberId) {
        return this.events.findByMemberIdOrderByEventDateAscIdAsc(memberId);
    }

    /** Every event of every member, oldest first (for the open-data snapshot). */
    public List<MembershipEvent> allEvents() {
        return this.events.findAllByOrderByEventDateAscIdAsc();
    }

    /** Every company the tracker knows, with its standing on the day. */
    public List<Standing> standingOn(LocalDate day) {
        List<MembershipEvent> all = this.events.findAllByOrderByEventDateAscIdAsc();
        List<Standing> result = new ArrayList<>();
        for (MemberCompany member : this.members.all()) {
            result.add(standing(member, all.stream().filter(e -> e.getMemberId().equals(member.getId())).toList(), day));
        }
        return result;
    }

    /** The companies that were members on the day. */
    public List<Standing> membersOn(LocalDate day) {
        return standingOn(day).stream().filter(Standing::memberThatDay).toList();
    }

    /** One company's standing today (UTC). */
    public Standing standingToday(MemberCompany member) {
        return standing(member, timeline(member.getId()), LocalDate.now(ZoneOffset.UTC));
    }

    /** How many companies the tracker names as members on the day ({@code null}: today). */
    public long namedCountOn(LocalDate day) {
        return membersOn(orToday(day)).size();
    }

    /** The latest count of members a source states, as stated on or before the day ({@code null}: today). */
    public Optional<StatedMemberCount> statedCountOn(LocalDate day) {
        LocalDate on = orToday(day);
        return this.counts.findAllByOrderByStatedOnAscIdAsc()
            .stream()
            .filter(c -> !c.getStatedOn().isAfter(on))
            .reduce((first, second) -> second);
    }

    public List<StatedMemberCount> statedCounts() {
        return this.counts.findAllByOrderByStatedOnAscIdAsc();
    }

    private static LocalDate orToday(LocalDate day) {
        return day == null ? LocalDate.now(ZoneOffset.UTC) : day;
    }

    static Standing standing(MemberCompany member, List<MembershipEvent> timeline, LocalDate day) {
        MembershipEvent joined = null;
        MembershipEvent left = null;
        String entity = null;
        boolean sourcedStanding = false;
        for (MembershipEvent event : timeline) {
            if (event.getEventDate().isAfter(day)) {
                continue;
            }
            switch (event.getKind()) {
                case JOINED -> {
                    joined = event;
                    left = null;
                    sourcedStanding = true;
                }
                case LEFT -> {
                    left = event;
                    sourcedStanding = true;
                }
                case SIGNED_AS -> entity = event.getLegalEntity();
            }
        }
        boolean anyStandingEvent = timeline.stream().anyMatch(e -> e.getKind() != MembershipKind.SIGNED_AS);
        if (anyStandingEvent) {
            return new Standing(MemberView.of(member), sourcedStanding && left == null, EventView.of(joined),
                    EventView.of(left), entity, true);
        }
        boolean joinedByThen = member.getJoinedOn() != null && !member.getJoinedOn().isAfter(day);
        boolean withdrawnByThen = member.getWithdrawnOn() != null && !member.getWithdrawnOn().isAfter(day);
        return new Standing(MemberView.of(member), joinedByThen && !withdrawnByThen, null, null, entity, false);
    }

    /** Records an event for the member (admins only; anyone else gets a 404). */
    @Transactional
    public MembershipEvent add(String slug, MembershipForm form) {
        MemberCompany member = forAdmin(slug);
        MembershipEvent event = new MembershipEvent(member.getId(), form.getKind(), form.getDate(),
                trimToNull(form.getDateNote()), trimToNull(form.getLegalEntity()), form.getSourceTitle().strip(),
                form.getSourceUrl().strip(), CurrentUser.name());
        this.events.saveAndFlush(event);
        this.publisher.publishEvent(new MembershipChanged(AUDIT_TYPE, event.getId(), AuditAction.CREATE, member.getId(),
                member.getNameEn(), FieldChange.between(Map.of(), event.auditState())));
        return event;
    }

    /** Removes an event recorded in error (admins only); the audit trail keeps what it said. */
    @Transactional
    public void remove(String slug, Long eventId) {
        MemberCompany member = forAdmin(slug);
        MembershipEvent event = this.events.findById(eventId)
            .filter(e -> e.getMemberId().equals(member.getId()))
            .orElseThrow(() -> new NotFoundException("membership event"));
        this.events.delete(event);
        this.events.flush();
        this.publisher.publishEvent(new MembershipChanged(AUDIT_TYPE, event.getId(), AuditAction.DELETE, member.getId(),
                member.getNameEn(), FieldChange.between(event.auditState(), Map.of())));
    }

    /** The member for an admin's change, or a 404. */
    public MemberCompany forAdmin(String slug) {
        if (!CurrentUser.get().map(TrackerUser::isAdmin).orElse(false)) {
            throw new NotFoundException("member " + slug);
        }
        return this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("member " + slug));
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
