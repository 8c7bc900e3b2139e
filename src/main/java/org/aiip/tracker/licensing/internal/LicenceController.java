package org.aiip.tracker.licensing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.registry.FilingLine;
import org.aiip.tracker.registry.RegistryCsv;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.licensing.OfferView;
import org.aiip.tracker.licensing.SnapshotInfo;

/**
 * The public pages of the licence offers: the list, one offer, a kept licence text, and the CSV of
 * every offer (written from the database at each request, so always current).
 */
@Controller
class LicenceController {

    private final LicenceOfferService offers;

    LicenceController(LicenceOfferService offers) {
        this.offers = offers;
    }

    @GetMapping("/licences")
    String list(Model model) {
        model.addAttribute("offers", this.offers.all());
        return "licences/list";
    }

    @GetMapping("/licences/{id}")
    String detail(@PathVariable String id, Model model) {
        OfferView offer = offer(id);
        model.addAttribute("offer", offer);
        model.addAttribute("mayEdit", CurrentUser.mayEdit(offer.member().getId()));
        model.addAttribute("snapshotForm", new SnapshotForm());
        return "licences/detail";
    }

    /** A kept licence text, shown as it was kept (text) or described with a download link (a file). */
    @GetMapping("/licences/{id}/snapshots/{snapshotId}")
    String snapshot(@PathVariable String id, @PathVariable String snapshotId, Model model) {
        OfferView offer = offer(id);
        SnapshotInfo snapshot = this.offers.snapshot(offer.id(), number(snapshotId));
        model.addAttribute("offer", offer);
        model.addAttribute("snapshot", snapshot);
        if (snapshot.isText()) {
            model.addAttribute("text", new String(this.offers.content(snapshot), StandardCharsets.UTF_8));
        }
        return "licences/snapshot";
    }

    /**
     * The kept file itself, always as a download (never shown inside the site: an uploaded page could
     * carry scripts), under its stored type only when that is text or PDF.
     */
    @GetMapping("/licences/{id}/snapshots/{snapshotId}/file")
    void snapshotFile(@PathVariable String id, @PathVariable String snapshotId, HttpServletResponse response)
            throws IOException {
        SnapshotInfo snapshot = this.offers.snapshot(number(id), number(snapshotId));
        byte[] content = this.offers.content(snapshot);
        String type = snapshot.mediaType();
        boolean safe = type.startsWith("text/plain") || type.equals("application/pdf");
        response.setContentType(safe ? type : "application/octet-stream");
        response.setContentLength(content.length);
        String name = snapshot.fileName() != null ? snapshot.fileName()
                : "licence-" + snapshot.offerId() + "-" + snapshot.id() + (snapshot.isText() ? ".txt" : "");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Checksum-SHA256", snapshot.sha256());
        response.getOutputStream().write(content);
    }

    /** Every offer, one row per offer, in UTF-8 with a BOM (Excel reads it as UTF-8). */
    @GetMapping("/licences.csv")
    void csv(HttpServletResponse response) throws IOException {
        RegistryCsv.write(response, "licences.csv", LicenceCsv.HEADER,
                this.offers.all().stream().map(LicenceCsv::row).toList());
    }

    private OfferView offer(String id) {
        return this.offers.byId(number(id)).orElseThrow(() -> new NotFoundException("licence offer " + id));
    }

    /** Any id that is not a number is the 404 page, like an unknown one. */
    static long number(String id) {
        return PathIds.parse(id, "licence offer");
    }

    /** The CSV's columns. */
    static final class LicenceCsv {

        static final List<String> HEADER = List.of("id", "member", "member_slug", "title", "terms", "field_of_use",
                "licensees", "offered_from", "offered_until", "open_today", "licence_url", "patents", "families",
                "snapshot_sha256", "snapshot_taken_at", "snapshot_url", "page", "whole_portfolio", "source_url");

        private LicenceCsv() {
        }

        static List<String> row(OfferView o) {
            SnapshotInfo latest = o.latestSnapshot();
            return List.of(String.valueOf(o.id()), o.member().getNameEn(), o.member().getSlug(), o.title(),
                    o.terms().name(), RegistryCsv.text(o.fieldOfUse()), o.licensees(), o.offeredFrom().toString(),
                    o.offeredUntil() == null ? "" : o.offeredUntil().toString(), String.valueOf(o.open()),
                    RegistryCsv.text(o.licenceUrl()),
                    String.join("; ", o.filings().stream().map(FilingLine::number).toList()),
                    String.join("; ", o.families()), latest == null ? "" : latest.sha256(),
                    latest == null ? "" : latest.takenAt().toString(),
                    latest == null ? "" : "/licences/" + o.id() + "/snapshots/" + latest.id(), "/licences/" + o.id(),
                    String.valueOf(o.wholePortfolio()), RegistryCsv.text(o.sourceUrl()));
        }

    }

}
