package org.aiip.tracker.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aiip.tracker.system.DataRevision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The technology areas for the filing list's filter, kept in memory and read again once the revision of
 * the public data has moved on: every list page names them all, and they change only with the schema or a
 * restore. Within a transaction that writes they are read from the database (its own changes count).
 */
@Component
class TechnologyAreaList {

    private final TechnologyAreaRepository areas;

    private final DataRevision revision;

    private volatile Kept kept;

    TechnologyAreaList(TechnologyAreaRepository areas, DataRevision revision) {
        this.areas = areas;
        this.revision = revision;
    }

    /** Every area in its display order. */
    List<TechnologyArea> all() {
        return current().inOrder();
    }

    Optional<TechnologyArea> byCode(String code) {
        return Optional.ofNullable(current().byCode().get(code));
    }

    private Kept current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Kept.of(-1, this.areas.findAllByOrderBySortOrderAsc());
        }
        long now = this.revision.current();
        Kept k = this.kept;
        if (k == null || k.revision() != now) {
            k = Kept.of(now, this.areas.findAllByOrderBySortOrderAsc());
            this.kept = k;
        }
        return k;
    }

    private record Kept(long revision, List<TechnologyArea> inOrder, Map<String, TechnologyArea> byCode) {

        static Kept of(long revision, List<TechnologyArea> areas) {
            return new Kept(revision, List.copyOf(areas),
                    areas.stream().collect(Collectors.toUnmodifiableMap(TechnologyArea::getCode, Function.identity())));
        }

    }

}
