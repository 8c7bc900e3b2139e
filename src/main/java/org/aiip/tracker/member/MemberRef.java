package org.aiip.tracker.member;

import java.util.Locale;

import org.aiip.tracker.system.LocalizedText;

/**
 * A member company where a page names it (a column, a row, an applicant, a party): what views and templates
 * need to show and link it, without handing them the entity.
 *
 * @param id the member's id (for matching, never shown)
 * @param slug the address part of the member's page, {@code /members/{slug}}
 * @param names the name in every language the site speaks
 * @param active whether the member is still in the initiative
 */
public record MemberRef(Long id, String slug, LocalizedText names, boolean active) {

    public static MemberRef of(MemberCompany member) {
        return new MemberRef(member.getId(), member.getSlug(), member.names(), member.isActive());
    }

    /** The name in the reader's language, or the English one where that is missing. */
    public String name(Locale locale) {
        return this.names.text(locale);
    }

    /** The English name (the one every member has). */
    public String nameEn() {
        return this.names.en();
    }

}
