package org.aiip.tracker.membership;

import java.time.LocalDate;

/** A membership event as pages show it: what happened, on which day, under which name, and its source. */
public record EventView(MembershipKind kind, LocalDate eventDate, String legalEntity, String sourceTitle,
        String sourceUrl) {

    static EventView of(MembershipEvent event) {
        return event == null ? null
                : new EventView(event.getKind(), event.getEventDate(), event.getLegalEntity(), event.getSourceTitle(),
                        event.getSourceUrl());
    }

}
