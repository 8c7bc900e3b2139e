package org.aiip.tracker.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.system.NotFoundException;

/**
 * /data: the list of snapshots and their downloads (everyone); taking one now and restoring one into an
 * empty instance (admins: SecurityConfig).
 */
@Controller
class OpenDataController {

    private final OpenDataService openData;

    private final SnapshotRestore restore;

    OpenDataController(OpenDataService openData, SnapshotRestore restore) {
        this.openData = openData;
        this.restore = restore;
    }

    @GetMapping("/data")
    String list(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("snapshots", this.openData.list());
        // Only the restore form (admins) says whether this instance would take a snapshot.
        model.addAttribute("changesByPeople", request.isUserInRole("ADMIN") ? this.restore.changesByPeople() : 0L);
        return "opendata/list";
    }

    @GetMapping("/data/snapshots/{id}")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        long number;
        try {
            number = Long.parseLong(id);
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException("snapshot " + id);
        }
        SnapshotInfo file = this.openData.find(number).orElseThrow(() -> new NotFoundException("snapshot " + id));
        response.setContentType("application/zip");
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName()).build().toString());
        this.openData.copy(number, response.getOutputStream());
    }

    @PostMapping("/data/snapshots")
    String take(RedirectAttributes redirect) {
        this.openData.take("MANUAL");
        redirect.addFlashAttribute("flash", "opendata.taken");
        return "redirect:/data";
    }

    @PostMapping("/data/restore")
    String restore(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new RestoreRefused("opendata.restore.refused.noFile");
            }
            SnapshotRestore.Restored done = restore(file);
            redirect.addFlashAttribute("restored", new String[] { String.valueOf(done.rows()),
                    String.valueOf(done.tables()), String.valueOf(done.filings()) });
        }
        catch (RestoreRefused ex) {
            redirect.addFlashAttribute("restoreError", ex.code());
            redirect.addFlashAttribute("restoreErrorArgs", ex.args());
        }
        return "redirect:/data";
    }

    /** The upload goes to a temporary file first: the restore reads the zip from a file, entry by entry. */
    private SnapshotRestore.Restored restore(MultipartFile file) throws java.io.IOException {
        Path zip = Files.createTempFile("open-data-restore-", ".zip");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
            }
            return this.restore.restore(file.getOriginalFilename(), zip);
        }
        finally {
            Files.deleteIfExists(zip);
        }
    }

}
