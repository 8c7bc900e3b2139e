package org.aiip.tracker.opendata.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of an uploaded snapshot zip, checked before anything is read from them: every file is listed
 * in SHA256SUMS and in manifest.json with the SHA-256 it has, and nothing unlisted is there. The zip stays
 * a file: each entry is read as a stream, once to check it and once to restore it, so that a snapshot of
 * any size restores in a small heap.
 */
final class SnapshotFiles implements AutoCloseable {

    /** What a zip may unpack to: far above a snapshot of a million filings, a bound on a zip bomb's work. */
    static final long MAX_UNPACKED = 16L * 1024 * 1024 * 1024;

    /** What SHA256SUMS and manifest.json, the two files read whole, may hold. */
    static final int MAX_LISTING = 16 * 1024 * 1024;

    static final String SUMS = "SHA256SUMS";

    static final String MANIFEST = "manifest.json";

    private final ZipFile zip;

    private final Map<String, ZipEntry> entries;

    private final JsonNode manifest;

    private SnapshotFiles(ZipFile zip, Map<String, ZipEntry> entries, JsonNode manifest) {
        this.zip = zip;
        this.entries = entries;
        this.manifest = manifest;
    }

    /** The zip's files, their checksums verified; throws {@link RestoreRefused} saying which file fails. */
    static SnapshotFiles verified(Path file, JsonMapper json) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        }
        catch (IOException ex) {
            throw new RestoreRefused("opendata.restore.refused.notSnapshot");
        }
        try {
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            Map<String, String> actual = checksums(zip, entries);
            if (!entries.containsKey(SUMS) || !entries.containsKey(MANIFEST)) {
                throw new RestoreRefused("opendata.restore.refused.notSnapshot");
            }
            Map<String, String> sums = new LinkedHashMap<>();
            for (String line : new String(small(zip, entries.get(SUMS)), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("  ", 2);
                if (parts.length != 2) {
                    throw new RestoreRefused("opendata.restore.refused.notSnapshot");
                }
                sums.put(parts[1].strip(), parts[0].strip());
            }
            sums.forEach((name, sha256) -> check(actual, name, sha256));
            for (String name : entries.keySet()) {
                if (!name.equals(SUMS) && !sums.containsKey(name)) {
                    throw new RestoreRefused("opendata.restore.refused.unlisted", name);
                }
            }
            JsonNode manifest;
            try {
                manifest = json.readTree(small(zip, entries.get(MANIFEST)));
            }
            catch (JacksonException ex) {
                throw new RestoreRefused("opendata.restore.refused.notSnapshot");
            }
            for (JsonNode listed : manifest.path("files")) {
                check(actual, listed.path("name").asString(), listed.path("sha256").asString());
            }
            return new SnapshotFiles(zip, entries, manifest);
        }
        catch (RuntimeException ex) {
            closeQuietly(zip);
            throw ex;
        }
    }

    JsonNode manifest() {
        return this.manifest;
    }

    boolean has(String name) {
        return this.entries.containsKey(name);
    }

    /** One file of the snapshot, read as a stream. */
    InputStream open(String name) throws IOException {
        return this.zip.getInputStream(this.entries.get(name));
    }

    @Override
    public void close() {
        closeQuietly(this.zip);
    }

    /** Each entry's SHA-256, from one pass over the zip; a name twice or more than it may unpack to is refused. */
    private static Map<String, String> checksums(ZipFile zip, Map<String, ZipEntry> entries) {
        Map<String, String> actual = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.put(entry.getName(), entry) != null) {
                    throw new RestoreRefused("opendata.restore.refused.notSnapshot");
                }
                MessageDigest digest = Zip.sha256();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw new RestoreRefused("opendata.restore.refused.tooLarge", MAX_UNPACKED / (1024 * 1024));
                        }
                        digest.update(buffer, 0, n);
                    }
                }
                actual.put(entry.getName(), HexFormat.of().formatHex(digest.digest()));
            }
        }
        catch (IOException | IllegalArgumentException ex) {
            throw new RestoreRefused("opendata.restore.refused.notSnapshot");
        }
        return actual;
    }

    private static void check(Map<String, String> actual, String name, String sha256) {
        String sum = actual.get(name);
        if (sum == null) {
            throw new RestoreRefused("opendata.restore.refused.missing", name);
        }
        if (!sum.equalsIgnoreCase(sha256)) {
            throw new RestoreRefused("opendata.restore.refused.checksum", name, sha256, sum);
        }
    }

    private static byte[] small(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > MAX_LISTING) {
                    throw new RestoreRefused("opendata.restore.refused.notSnapshot");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        }
        catch (IOException ex) {
            // Nothing was written from it.
        }
    }

}
