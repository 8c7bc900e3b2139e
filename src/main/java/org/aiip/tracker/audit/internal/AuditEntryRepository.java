package org.aiip.tracker.audit.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.audit.AuditEntry;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @EntityGraph(attributePaths = "changes")
    List<AuditEntry> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, Long entityId);

    /** The entries of the given record types at or after a moment, newest first (for "as of" views). */
    @EntityGraph(attributePaths = "changes")
    List<AuditEntry> findByEntityTypeInAndOccurredAtGreaterThanEqualOrderByOccurredAtDescIdDesc(
            java.util.Collection<String> entityTypes, java.time.Instant from);

    /**
     * {@code username} must be in lower case already: PostgreSQL cannot type a null parameter inside
     * {@code lower(...)} (Hibernate binds it as bytea: "function lower(bytea) does not exist").
     */
    @Query("""
            select e from AuditEntry e
            where (:type is null or e.entityType = :type)
              and (:username is null or lower(e.username) = :username)
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEntry> search(String type, String username, Pageable pageable);

}
