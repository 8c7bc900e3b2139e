package org.aiip.tracker.importing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aiip.tracker.member.NameResolver;

/**
 * What is known of the company names of a chunk of rows, looked up in two queries: the members'
 * approved aliases, and the names admins have marked as not a member.
 */
final class NameContext {

    private final NameResolver.Aliases aliases;

    private final Set<String> notMembers;

    NameContext(NameResolver.Aliases aliases, Set<String> notMembers) {
        this.aliases = aliases;
        this.notMembers = notMembers;
    }

    /** The member this name key belongs to on the date; empty for an outside name. */
    Optional<Long> memberOf(String key, LocalDate on) {
        return this.aliases.memberOf(key, on);
    }

    /**
     * Whether the name has been decided: it is a member's alias (at some time) or marked as not a
     * member. An undecided name makes its rows wait.
     */
    boolean decided(String key) {
        return this.aliases.known(key) || this.notMembers.contains(key);
    }

    /** Looks up the names of a chunk. */
    @Component
    static class Lookup {

        private final NameResolver resolver;

        private final ApplicantNameRepository names;

        Lookup(NameResolver resolver, ApplicantNameRepository names) {
            this.resolver = resolver;
            this.names = names;
        }

        NameContext of(Collection<String> keys) {
            if (keys.isEmpty()) {
                return new NameContext(this.resolver.lookUp(List.of()), Set.of());
            }
            Set<String> unique = new HashSet<>(keys);
            Set<String> notMembers = this.names.findByMatchKeyIn(unique)
                .stream()
                .filter(n -> n.getDecision() == ApplicantName.Decision.NOT_MEMBER)
                .map(ApplicantName::getMatchKey)
                .collect(Collectors.toSet());
            return new NameContext(this.resolver.lookUp(unique), notMembers);
        }

    }

    static Map<String, String> none() {
        return Map.of();
    }

}
