package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The member companies of the initiative. */
@RestController
@RequestMapping(ApiPaths.BASE + "/members")
@Tag(name = "Members", description = "The member companies of the initiative")
class MemberReadController {

    private final MemberReads members;

    MemberReadController(MemberReads members) {
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "Every member, active and withdrawn, by English name")
    ListJson<MemberJson> list() {
        return new ListJson<>(this.members.list());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One member's profile with its filing figures")
    MemberDetailJson member(@PathVariable String slug) {
        return this.members.detail(slug);
    }

}
