package org.aiip.tracker.operations.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * /admin/backup (admins only: SecurityConfig): a page that explains, and a POST that downloads the
 * embedded database's backup. A POST, so that no link prefetcher starts a backup.
 */
@Controller
class BackupController {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    private final DatabaseBackup backup;

    private final Clock clock = Clock.systemUTC();

    BackupController(DatabaseBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/admin/backup")
    ModelAndView page() {
        return page(HttpStatus.OK);
    }

    /** Streams the zip, or shows the page again with the reason (409) when this database has no such backup. */
    @PostMapping("/admin/backup")
    ModelAndView download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!this.backup.database().supported()) {
            return page(HttpStatus.CONFLICT);
        }
        String name = "tracker-backup-" + STAMP.format(this.clock.instant()) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        long size = this.backup.writeTo(response.getOutputStream());
        SECURITY.info("event=backup-downloaded user={} bytes={} address={}", request.getRemoteUser(), size,
                request.getRemoteAddr());
        return null; // the response is written
    }

    private ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("operations/backup", status);
        page.addObject("database", this.backup.database());
        return page;
    }

}
