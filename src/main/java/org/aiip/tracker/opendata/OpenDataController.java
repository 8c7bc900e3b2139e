package org.aiip.tracker.opendata;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.system.NotFoundException;

/**
 * /data: the list of snapshots and their downloads (everyone); taking one now (admins: SecurityConfig).
 */
@Controller
class OpenDataController {

    private final OpenDataService openData;

    OpenDataController(OpenDataService openData) {
        this.openData = openData;
    }

    @GetMapping("/data")
    String list(Model model) {
        model.addAttribute("snapshots", this.openData.list());
        return "opendata/list";
    }

    @GetMapping("/data/snapshots/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        long number;
        try {
            number = Long.parseLong(id);
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException("snapshot " + id);
        }
        OpenDataService.Download file = this.openData.download(number)
            .orElseThrow(() -> new NotFoundException("snapshot " + id));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/zip"))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.fileName()).build().toString())
            .body(file.content());
    }

    @PostMapping("/data/snapshots")
    String take(RedirectAttributes redirect) {
        this.openData.take("MANUAL");
        redirect.addFlashAttribute("flash", "opendata.taken");
        return "redirect:/data";
    }

}
