package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aiip.tracker.api.internal.InvalidParametersException.InvalidParameter;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;

/** The licence offers of members (clause 3). */
@RestController
@RequestMapping(ApiPaths.BASE + "/licences")
@Tag(name = "Licence offers", description = "The patents and families members offer for licence (clause 3)")
class LicenceReadController {

    private final LicenceOfferService offers;

    private final MemberService members;

    LicenceReadController(LicenceOfferService offers, MemberService members) {
        this.offers = offers;
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "Every licence offer, newest first")
    ListJson<LicenceJson> list(@Parameter(description = "Only this member's offers (slug)")
            @RequestParam(required = false) String member) {
        if (member == null || member.isBlank()) {
            return new ListJson<>(this.offers.all().stream().map(LicenceJson::of).toList());
        }
        long memberId = this.members.bySlug(member.strip())
            .orElseThrow(() -> new InvalidParametersException(new InvalidParameter("member", "api.invalid.member")))
            .getId();
        return new ListJson<>(this.offers.forMember(memberId).stream().map(LicenceJson::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One licence offer")
    LicenceJson offer(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("licence offer " + id);
        }
        return this.offers.byId(Long.parseLong(id))
            .map(LicenceJson::of)
            .orElseThrow(() -> new NotFoundException("licence offer " + id));
    }

}
