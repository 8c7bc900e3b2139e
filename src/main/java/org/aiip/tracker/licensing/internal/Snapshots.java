package org.aiip.tracker.licensing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.RuleViolation;

/**
 * Turns what a form sent (an uploaded file or pasted text) into a snapshot to keep. One of the two, not
 * both; a file of at most {@link #MAX_BYTES}. The outside network is not reachable from the tracker, so
 * a page is kept by saving it (or its text) and uploading it here.
 */
final class Snapshots {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String OCTETS = "application/octet-stream";

    private Snapshots() {
    }

    /** The snapshot the form sent, or {@code null} when it sent none. */
    static SnapshotInput read(String text, MultipartFile file, String sourceUrl) {
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasText = text != null && !text.isBlank();
        String url = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
        if (hasFile && hasText) {
            throw reject("snapshotText", "licences.snapshot.both", "give a file or pasted text, not both");
        }
        if (hasText) {
            return SnapshotInput.text(text, url);
        }
        if (!hasFile) {
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            throw reject("snapshotFile", "licences.snapshot.tooLarge", "the file is larger than 10 MB");
        }
        try {
            return new SnapshotInput(file.getBytes(), mediaType(file.getContentType()), fileName(file), url);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The declared type when it looks like one (type/subtype), else plain bytes. */
    static String mediaType(String declared) {
        if (declared == null) {
            return OCTETS;
        }
        String type = declared.strip().toLowerCase(Locale.ROOT);
        return type.matches("[a-z]+/[a-z0-9.+-]+(; ?charset=[a-z0-9_-]+)?") && type.length() <= 100 ? type : OCTETS;
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        // Only the last part of a path some browsers send, without control characters.
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), 255));
    }

    private static RecordRejectedException reject(String field, String code, String message) {
        return new RecordRejectedException(List.of(RuleViolation.of(field, code, message)));
    }

}
