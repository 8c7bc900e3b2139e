package org.aiip.tracker.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the member company behind a company name as a file writes it, through the members'
 * approved {@linkplain MemberAlias aliases}, matched by {@link CompanyName#key}. Looks up many names
 * in one query, for a chunk of an import at a time.
 */
@Service
@Transactional(readOnly = true)
public class NameResolver {

    private final MemberAliasRepository aliases;

    NameResolver(MemberAliasRepository aliases) {
        this.aliases = aliases;
    }

    /** The approved aliases of these match keys, by key; a key may have several with different validity. */
    public Aliases lookUp(Collection<String> keys) {
        if (keys.isEmpty()) {
            return new Aliases(Map.of());
        }
        Map<String, List<AliasRef>> byKey = new HashMap<>();
        for (MemberAlias alias : this.aliases.findByMatchKeyIn(keys)) {
            if (alias.isApproved()) {
                byKey.computeIfAbsent(alias.getMatchKey(), k -> new java.util.ArrayList<>())
                    .add(new AliasRef(alias.getMember().getId(), alias.getMember().getSlug(), alias.getValidFrom(),
                            alias.getValidUntil()));
            }
        }
        return new Aliases(byKey);
    }

    /** The member a single name resolves to on a date, if any. */
    public Optional<Long> memberOf(String name, LocalDate on) {
        String key = CompanyName.key(name);
        return lookUp(List.of(key)).memberOf(key, on);
    }

    /** An approved alias, as resolution needs it: no entity, so that it can be kept after the transaction. */
    public record AliasRef(Long memberId, String slug, LocalDate validFrom, LocalDate validUntil) {

        boolean validOn(LocalDate date) {
            return date == null || ((validFrom == null || !date.isBefore(validFrom))
                    && (validUntil == null || !date.isAfter(validUntil)));
        }

    }

    /** The aliases found for a set of keys. */
    public record Aliases(Map<String, List<AliasRef>> byKey) {

        /** Whether any member has this name (at any time). */
        public boolean known(String key) {
            return this.byKey.containsKey(key);
        }

        /** The member with this name on the date (null date: any); empty when none or the alias was not valid then. */
        public Optional<Long> memberOf(String key, LocalDate on) {
            return this.byKey.getOrDefault(key, List.of())
                .stream()
                .filter(a -> a.validOn(on))
                .map(AliasRef::memberId)
                .findFirst();
        }

        public Map<String, Long> membersByKey() {
            return this.byKey.entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0).memberId()));
        }

    }

}
