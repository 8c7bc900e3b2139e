package org.aiip.tracker.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.RevisionKept;

import org.springframework.stereotype.Component;

/**
 * The technology areas for the filing list's filter, kept in memory per revision of the public data
 * ({@link RevisionKept}): every list page names them all, and they change only with the schema or a restore.
 */
@Component
class TechnologyAreaList {

    private final RevisionKept<Kept> kept;

    TechnologyAreaList(TechnologyAreaRepository areas, DataRevision revision) {
        this.kept = new RevisionKept<>(revision, () -> Kept.of(areas.findAllByOrderBySortOrderAsc()));
    }

    /** Every area in its display order. */
    List<TechnologyArea> all() {
        return this.kept.get().inOrder();
    }

    Optional<TechnologyArea> byCode(String code) {
        return Optional.ofNullable(this.kept.get().byCode().get(code));
    }

    /** Every area by id. */
    Map<Long, TechnologyArea> byId() {
        return this.kept.get().byId();
    }

    private record Kept(List<TechnologyArea> inOrder, Map<String, TechnologyArea> byCode,
            Map<Long, TechnologyArea> byId) {

        static Kept of(List<TechnologyArea> areas) {
            return new Kept(List.copyOf(areas),
                    areas.stream().collect(Collectors.toUnmodifiableMap(TechnologyArea::getCode, Function.identity())),
                    areas.stream().collect(Collectors.toUnmodifiableMap(TechnologyArea::getId, Function.identity())));
        }

    }

}
