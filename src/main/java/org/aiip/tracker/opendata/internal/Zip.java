package org.aiip.tracker.opendata.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A snapshot zip written to a temporary file one entry at a time, each entry's size and SHA-256 taken while
 * it is written: nothing of a table is held in memory, whatever the number of filings. CSV through Commons
 * CSV (RFC 4180).
 */
final class Zip implements AutoCloseable {

    /** An entry's size and SHA-256. */
    record Sum(long bytes, String sha256) {
    }

    /** Writes an entry's content. */
    @FunctionalInterface
    interface Content {

        void writeTo(OutputStream out) throws IOException;

    }

    private final Path file;

    private final ZipOutputStream out;

    private final Map<String, Sum> sums = new LinkedHashMap<>();

    private boolean finished;

    Zip() {
        try {
            this.file = Files.createTempFile("open-data-", ".zip");
            this.out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(this.file), 64 * 1024));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void add(String name, byte[] content) {
        add(name, out -> out.write(content));
    }

    /** Adds one entry; the stream given to the content is the entry's, and closing it does not close the zip. */
    void add(String name, Content content) {
        try {
            this.out.putNextEntry(new ZipEntry(name));
            Entry entry = new Entry(this.out);
            content.writeTo(entry);
            this.out.closeEntry();
            this.sums.put(name, entry.sum());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Adds a CSV entry; the rows are given to the printer one by one as {@code rows} produces them. */
    void csv(String name, List<String> header, Consumer<Consumer<List<String>>> rows) {
        add(name, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            rows.accept(row -> {
                try {
                    printer.printRecord(row);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            printer.flush();
        });
    }

    /** Each entry written so far, in order, with its size and SHA-256. */
    Map<String, Sum> sums() {
        return this.sums;
    }

    /** Completes the zip; the file then belongs to the caller, who deletes it. */
    Path finish() {
        try {
            this.out.close();
            this.finished = true;
            return this.file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Deletes the file of a zip that was not finished (a failed snapshot). */
    @Override
    public void close() {
        if (this.finished) {
            return;
        }
        try {
            this.out.close();
        }
        catch (IOException ex) {
            // The file goes anyway.
        }
        try {
            Files.deleteIfExists(this.file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /** The SHA-256 and size of what a stream holds, read to its end. */
    static Sum sum(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            bytes += n;
        }
        return new Sum(bytes, HexFormat.of().formatHex(digest.digest()));
    }

    /** The stream of one entry: counts and digests what passes; closing it leaves the zip open. */
    private static final class Entry extends OutputStream {

        private final OutputStream zip;

        private final MessageDigest digest = sha256();

        private long bytes;

        Entry(OutputStream zip) {
            this.zip = zip;
        }

        @Override
        public void write(int b) throws IOException {
            this.zip.write(b);
            this.digest.update((byte) b);
            this.bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            this.zip.write(b, off, len);
            this.digest.update(b, off, len);
            this.bytes += len;
        }

        @Override
        public void close() {
            // The entry is closed by the zip.
        }

        Sum sum() {
            return new Sum(this.bytes, HexFormat.of().formatHex(this.digest.digest()));
        }

    }

}
