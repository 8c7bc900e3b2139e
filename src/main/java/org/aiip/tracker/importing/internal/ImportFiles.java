package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait between preview and confirmation, beside their preview (JSON) and error
 * report (CSV): one directory under the data directory, the files named by the job's random id.
 */
@Component
class ImportFiles {

    private final Path directory;

    private final JsonMapper json = JsonMapper.builder().build();

    ImportFiles(@Value("${tracker.import.dir:${tracker.data-dir:./data}/imports}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return this.directory;
    }

    /** Copies an upload into the directory under the given id. */
    Path store(String publicId, InputStream content) throws IOException {
        Files.createDirectories(this.directory);
        Path file = upload(publicId);
        Files.copy(content, file);
        return file;
    }

    Path upload(String publicId) {
        return this.directory.resolve(publicId + ".csv");
    }

    Path report(ImportJob job) {
        return this.directory.resolve(job.getPublicId() + "-errors.csv");
    }

    void savePreview(ImportJob job, ImportPreview preview) {
        this.json.writeValue(preview(job).toFile(), preview);
    }

    /** The stored preview, or an empty one when it is gone. */
    ImportPreview readPreview(ImportJob job) {
        Path file = preview(job);
        if (!Files.exists(file)) {
            return new ImportPreview(java.util.List.of(), java.util.List.of(), java.util.List.of());
        }
        return this.json.readValue(file.toFile(), ImportPreview.class);
    }

    /** Keeps the conflicts for which the person chose the file's value ({@code filingId:field}), for the write. */
    void saveChoices(ImportJob job, java.util.Set<String> chosen) {
        this.json.writeValue(choices(job).toFile(), java.util.List.copyOf(chosen));
    }

    /** The chosen conflicts; none when nothing was chosen. */
    java.util.Set<String> readChoices(ImportJob job) {
        Path file = choices(job);
        if (!Files.exists(file)) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(java.util.Arrays.asList(this.json.readValue(file.toFile(), String[].class)));
    }

    /** Deletes the upload, its preview and the choices; the error report stays while the job is shown. */
    void deleteUpload(ImportJob job) {
        delete(Path.of(job.getFilePath()));
        delete(preview(job));
        delete(choices(job));
    }

    void deleteAll(ImportJob job) {
        deleteUpload(job);
        delete(report(job));
        if (job.getErrorReportPath() != null) {
            delete(Path.of(job.getErrorReportPath()));
        }
    }

    /** Counts the line breaks, a cheap first estimate of the rows for the progress bar. */
    static int estimateRows(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, lines - 1));
    }

    private Path choices(ImportJob job) {
        return this.directory.resolve(job.getPublicId() + "-choices.json");
    }

    private Path preview(ImportJob job) {
        return this.directory.resolve(job.getPublicId() + "-preview.json");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
