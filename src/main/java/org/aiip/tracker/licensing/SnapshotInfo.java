package org.aiip.tracker.licensing;

import java.time.Instant;

/**
 * A stored licence snapshot without its content: when it was kept, by whom, from where, what it is
 * and its SHA-256 (lower-case hex).
 */
public record SnapshotInfo(Long id, Long offerId, Instant takenAt, String takenBy, String sourceUrl, String fileName,
        String mediaType, long sizeBytes, String sha256) {

    /** Whether the snapshot is text that the page can show as it is. */
    public boolean isText() {
        return this.mediaType.startsWith("text/plain");
    }

}
