package org.aiip.tracker.licensing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A licence text to keep: its bytes, what they are, where they came from, and their SHA-256. */
public record SnapshotInput(byte[] content, String mediaType, String fileName, String sourceUrl) {

    static final String TEXT = "text/plain;charset=UTF-8";

    /**
     * Pasted text, in UTF-8 with its line ends as {@code \n}: browsers send a text box's lines ended by
     * CR LF, so the same text pasted anywhere gets the same hash as the same text saved in a Unix file.
     */
    static SnapshotInput text(String text, String sourceUrl) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SnapshotInput(lines.getBytes(StandardCharsets.UTF_8), TEXT, null, sourceUrl);
    }

    /** The SHA-256 of the content in lower-case hexadecimal, as {@code sha256sum} prints it. */
    String sha256() {
        return sha256(this.content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java has SHA-256", ex);
        }
    }

}
