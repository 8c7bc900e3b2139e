package org.aiip.tracker.membership;

import org.aiip.tracker.member.MemberView;

/**
 * A company's membership on one day.
 *
 * @param member the company, as pages show it (not the entity)
 * @param memberThatDay whether it was a member that day
 * @param joined the event that made it a member (null when only the company's own "joined on" date says so)
 * @param left the event that ended its membership, if it had ended by that day
 * @param legalEntity the signing legal entity in force that day, if a source names one
 * @param evidenced whether the standing rests on sourced events rather than the profile's dates alone
 */
public record Standing(MemberView member, boolean memberThatDay, EventView joined, EventView left,
        String legalEntity, boolean evidenced) {
}
