package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingDetail;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filings: the list with the filters of the {@code /filings} page, one filing, its family. What an
 * anonymous caller gets never includes unpublished filings; signed-in callers see what they may see
 * ({@link FilingAccess#visibility()}).
 */
@RestController
@RequestMapping(ApiPaths.BASE + "/filings")
@Tag(name = "Filings", description = "Patent filings of the member companies; unpublished ones only for admins and the applicant's editors")
class FilingReadController {

    private final FilingService filings;

    private final FilingListing listing;

    FilingReadController(FilingService filings, FilingListing listing) {
        this.filings = filings;
        this.listing = listing;
    }

    @GetMapping
    @Operation(summary = "Filings, filtered and sorted, by page or by cursor",
            description = "The filters and orders of the /filings page. Ask by page (page, size) or follow links.next / "
                    + "nextCursor, which continue just after the last filing and stay fast however deep they go.")
    ResponseEntity<FilingListJson> list(@ParameterObject FilingQuery query) {
        FilingListJson list = this.listing.list(query.parse(), FilingAccess.visibility());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (list.links().next() != null) {
            response.header(HttpHeaders.LINK, "<" + list.links().next() + ">; rel=\"next\"");
        }
        return response.body(list);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One filing with every field",
            description = "The ETag header is the filing's version in quotes (\"3\"): send it back as If-Match when changing the filing.")
    ResponseEntity<FilingDetailJson> filing(@PathVariable String id) {
        FilingDetailJson filing = FilingDetailJson.of(detail(id));
        return ResponseEntity.ok().eTag("\"" + filing.version() + "\"").body(filing);
    }

    @GetMapping("/{id}/family")
    @Operation(summary = "The other filings of the filing's patent family")
    FamilyJson family(@PathVariable String id) {
        FilingDetail detail = detail(id);
        long filingId = detail.filing().getId();
        return new FamilyJson(filingId, detail.filing().getFamilyKey(),
                detail.family().stream().map(FilingItemJson::of).toList(), ApiPaths.filing(filingId));
    }

    /** The filing if the caller may see it; any other id, a number or not, is not found. */
    private FilingDetail detail(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("Filing " + id);
        }
        return this.filings.detail(Long.parseLong(id), FilingAccess.visibility());
    }

}
