package org.aiip.tracker.api.internal;

import org.aiip.tracker.member.MemberCompany;

/** A member company where another record names it: its slug, names and API address. */
record MemberRef(String slug, Names name, String href) {

    static MemberRef of(MemberCompany member) {
        return of(member.getSlug(), member.getNameEn(), member.getNameZh(), member.getNameKo());
    }

    static MemberRef of(org.aiip.tracker.member.MemberRef member) {
        return of(member.slug(), member.names().en(), member.names().zh(), member.names().ko());
    }

    static MemberRef of(String slug, String nameEn, String nameZh, String nameKo) {
        return new MemberRef(slug, Names.of(nameEn, nameZh, nameKo), ApiPaths.member(slug));
    }

}
