package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;

/**
 * A member company where another record names it, as the API writes it: its slug, names and API address
 * (the pages' {@link MemberRef} has another shape: the id, the names as one text and whether active). The
 * OpenAPI document keeps calling it {@code MemberRef}, the name it has always had there.
 */
@Schema(name = "MemberRef")
record MemberRefJson(String slug, Names name, String href) {

    static MemberRefJson of(MemberCompany member) {
        return of(member.getSlug(), member.getNameEn(), member.getNameZh(), member.getNameKo());
    }

    static MemberRefJson of(MemberRef member) {
        return of(member.slug(), member.names().en(), member.names().zh(), member.names().ko());
    }

    static MemberRefJson of(String slug, String nameEn, String nameZh, String nameKo) {
        return new MemberRefJson(slug, Names.of(nameEn, nameZh, nameKo), ApiPaths.member(slug));
    }

}
