package org.aiip.tracker.opendata.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A stored snapshot as the /data page lists it (without its bytes). */
public record SnapshotInfo(long id, LocalDate takenOn, Instant createdAt, String trigger, String fileName,
        long sizeBytes, String sha256, int changes) {
}
