package org.aiip.tracker.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of an uploaded snapshot zip, checked before anything is read from them: every file is listed
 * in SHA256SUMS and in manifest.json with the SHA-256 it has, and nothing unlisted is there.
 */
final class SnapshotFiles {

    /** What a zip may unpack to: far above a real snapshot, far below what would exhaust memory. */
    static final long MAX_UNPACKED = 512L * 1024 * 1024;

    static final String SUMS = "SHA256SUMS";

    static final String MANIFEST = "manifest.json";

    private SnapshotFiles() {
    }

    /** The zip's files, their checksums verified; throws {@link RestoreRefused} saying which file fails. */
    static Map<String, byte[]> verified(byte[] zip, JsonMapper json) {
        Map<String, byte[]> files = unpack(zip);
        if (!files.containsKey(SUMS) || !files.containsKey(MANIFEST)) {
            throw new RestoreRefused("opendata.restore.refused.notSnapshot");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : new String(files.get(SUMS), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("  ", 2);
            if (parts.length != 2) {
                throw new RestoreRefused("opendata.restore.refused.notSnapshot");
            }
            sums.put(parts[1].strip(), parts[0].strip());
        }
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            check(files, sum.getKey(), sum.getValue());
        }
        for (String name : files.keySet()) {
            if (!name.equals(SUMS) && !sums.containsKey(name)) {
                throw new RestoreRefused("opendata.restore.refused.unlisted", name);
            }
        }
        for (JsonNode file : manifest(files, json).path("files")) {
            check(files, file.path("name").asString(), file.path("sha256").asString());
        }
        return files;
    }

    static JsonNode manifest(Map<String, byte[]> files, JsonMapper json) {
        try {
            return json.readTree(files.get(MANIFEST));
        }
        catch (JacksonException ex) {
            throw new RestoreRefused("opendata.restore.refused.notSnapshot");
        }
    }

    private static void check(Map<String, byte[]> files, String name, String sha256) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new RestoreRefused("opendata.restore.refused.missing", name);
        }
        String actual = Zip.sha256(content);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new RestoreRefused("opendata.restore.refused.checksum", name, sha256, actual);
        }
    }

    private static Map<String, byte[]> unpack(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = read(in, MAX_UNPACKED - total);
                total += content.length;
                if (files.put(entry.getName(), content) != null) {
                    throw new RestoreRefused("opendata.restore.refused.notSnapshot");
                }
            }
        }
        catch (IOException | IllegalArgumentException ex) {
            throw new RestoreRefused("opendata.restore.refused.notSnapshot");
        }
        return files;
    }

    private static byte[] read(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > room) {
                throw new RestoreRefused("opendata.restore.refused.tooLarge", MAX_UNPACKED / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

}
