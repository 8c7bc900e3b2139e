package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.system.NotFoundException;

/**
 * What people do with imports: upload a file (checked in the background), confirm or cancel the
 * preview, run an interrupted job again. Admins import for any company, editors for their own;
 * only the person who uploaded a file may confirm it.
 */
@Service
class ImportService {

    private final ImportJobStore store;

    private final ImportRunner runner;

    private final ImportFiles files;

    private final DataSize maxFileSize;

    private final ImportFileSweeper sweeper;

    ImportService(ImportJobStore store, ImportRunner runner, ImportFiles files, ImportFileSweeper sweeper,
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxFileSize) {
        this.store = store;
        this.runner = runner;
        this.files = files;
        this.sweeper = sweeper;
        this.maxFileSize = maxFileSize;
    }

    /** A started job and its work, to wait for a moment so that small files show their preview at once. */
    record Started(ImportJob job, Future<?> work) {
    }

    /**
     * Stores the upload and starts checking it.
     *
     * @throws ImportRejectedException when no file was chosen, it is too large, or an editor has no company
     */
    Started upload(MultipartFile upload, Locale locale) throws IOException {
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("import"));
        if (!user.isAdmin() && user.memberId() == null) {
            throw new ImportRejectedException("importing.upload.noCompany");
        }
        if (upload == null || upload.isEmpty()) {
            throw new ImportRejectedException("importing.upload.none");
        }
        if (upload.getSize() > this.maxFileSize.toBytes()) {
            throw new ImportRejectedException("importing.rejected.tooLarge", sizeLabel(this.maxFileSize));
        }
        this.sweeper.checkQuota(user.username());
        String publicId = UUID.randomUUID().toString();
        Path file;
        try (InputStream content = upload.getInputStream()) {
            file = this.files.store(publicId, content);
        }
        ImportJob job = this.store.create(new ImportJob(publicId, user.username(), user.isAdmin() ? null : user.memberId(),
                locale, fileName(upload), file.toString(), upload.getSize()));
        return new Started(job, this.runner.validate(job));
    }

    /**
     * Starts writing a checked file.
     *
     * @throws ImportRejectedException when all-or-nothing is asked for a file with errors
     */
    Future<?> confirm(String publicId, ImportMode mode, MatchChoice onMatch) {
        return confirm(publicId, mode, onMatch, java.util.Set.of());
    }

    /**
     * Starts writing a checked file, taking the file's value for the conflicts listed in {@code take}
     * ({@code filingId:field}); every other field changed by hand keeps its value.
     */
    Future<?> confirm(String publicId, ImportMode mode, MatchChoice onMatch, java.util.Set<String> take) {
        ImportJob job = own(publicId);
        if (mode == ImportMode.ALL_OR_NOTHING && job.getErrorRows() > 0) {
            throw new ImportRejectedException("importing.confirm.hasErrors", job.getErrorRows());
        }
        if (take.stream().anyMatch(key -> !key.matches("\\d{1,18}:[A-Za-z]{1,40}"))) {
            throw new ImportRejectedException("importing.confirm.badChoice");
        }
        this.files.saveChoices(job, take);
        if (!this.store.confirm(job.getId(), mode, onMatch)) {
            return CompletableFuture.completedFuture(null); // confirmed twice or no longer waiting: nothing to do
        }
        return this.runner.write(this.store.byId(job.getId()).orElseThrow());
    }

    void cancel(String publicId) {
        ImportJob job = own(publicId);
        if (this.store.cancel(job.getId())) {
            this.files.deleteAll(job);
        }
    }

    Future<?> rerun(String publicId) {
        ImportJob job = own(publicId);
        if (!this.store.rerun(job.getId())) {
            return CompletableFuture.completedFuture(null);
        }
        return this.runner.validate(job);
    }

    ImportPreview preview(ImportJob job) {
        return this.files.readPreview(job);
    }

    // Only the uploader acts on a job: its rows were checked against what they may import.
    private ImportJob own(String publicId) {
        ImportJob job = this.store.visible(publicId);
        if (!job.getOwner().equals(CurrentUser.name())) {
            throw new NotFoundException("import");
        }
        return job;
    }

    /** A size as people read it: "50 MB", or "64 KB" below a megabyte. */
    static String sizeLabel(DataSize size) {
        return size.toBytes() >= DataSize.ofMegabytes(1).toBytes() ? size.toMegabytes() + " MB"
                : size.toKilobytes() + " KB";
    }

    private static String fileName(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

}
