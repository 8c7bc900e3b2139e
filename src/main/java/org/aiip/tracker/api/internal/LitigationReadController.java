package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;

/** The litigation log and the transfers of members' patents to outsiders (clause 4). */
@RestController
@Tag(name = "Litigation", description = "Patent cases involving members, and transfers of their patents to outsiders (clause 4)")
class LitigationReadController {

    private final CaseService cases;

    private final TransferService transfers;

    LitigationReadController(CaseService cases, TransferService transfers) {
        this.cases = cases;
        this.transfers = transfers;
    }

    @GetMapping(ApiPaths.BASE + "/cases")
    @Operation(summary = "Every case, newest first")
    ListJson<CaseJson> cases() {
        return new ListJson<>(this.cases.all().stream().map(CaseJson::of).toList());
    }

    @GetMapping(ApiPaths.BASE + "/cases/{id}")
    @Operation(summary = "One case")
    CaseJson oneCase(@PathVariable String id) {
        return this.cases.byId(number(id)).map(CaseJson::of).orElseThrow(() -> new NotFoundException("case " + id));
    }

    @GetMapping(ApiPaths.BASE + "/transfers")
    @Operation(summary = "Every recorded transfer, newest first")
    ListJson<TransferJson> transfers() {
        return new ListJson<>(this.transfers.all().stream().map(TransferJson::of).toList());
    }

    @GetMapping(ApiPaths.BASE + "/transfers/{id}")
    @Operation(summary = "One recorded transfer")
    TransferJson transfer(@PathVariable String id) {
        return this.transfers.byId(number(id)).map(TransferJson::of)
            .orElseThrow(() -> new NotFoundException("transfer " + id));
    }

    static long number(String id) {
        return PathIds.parse(id, "record");
    }

}
