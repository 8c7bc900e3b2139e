package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cooperation agreements between member companies. */
@RestController
@RequestMapping(ApiPaths.BASE + "/agreements")
@Tag(name = "Agreements", description = "Cooperation agreements between member companies")
class AgreementReadController {

    private final AgreementReads agreements;

    AgreementReadController(AgreementReads agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "The agreements, newest first")
    ListJson<AgreementJson> list(@Parameter(description = "Only those this member (slug) is party to")
            @RequestParam(required = false) String member) {
        return new ListJson<>(this.agreements.list(member == null || member.isBlank() ? null : member.strip()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement")
    AgreementJson agreement(@PathVariable String id) {
        return this.agreements.detail(id);
    }

}
