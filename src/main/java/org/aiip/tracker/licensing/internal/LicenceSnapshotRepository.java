package org.aiip.tracker.licensing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.aiip.tracker.licensing.SnapshotInfo;

public interface LicenceSnapshotRepository extends JpaRepository<LicenceSnapshot, Long> {

    /** The snapshots of the offers, oldest first, without their content. */
    @Query("""
            select new org.aiip.tracker.licensing.SnapshotInfo(s.id, s.offerId, s.takenAt, s.takenBy, s.sourceUrl,
                s.fileName, s.mediaType, s.sizeBytes, s.sha256)
            from LicenceSnapshot s where s.offerId in :offerIds order by s.takenAt, s.id""")
    List<SnapshotInfo> infos(List<Long> offerIds);

    @Query("""
            select new org.aiip.tracker.licensing.SnapshotInfo(s.id, s.offerId, s.takenAt, s.takenBy, s.sourceUrl,
                s.fileName, s.mediaType, s.sizeBytes, s.sha256)
            from LicenceSnapshot s where s.id = :id and s.offerId = :offerId""")
    Optional<SnapshotInfo> info(Long offerId, Long id);

    @Query("select s.content from LicenceSnapshot s where s.id = :id")
    byte[] content(Long id);

}
