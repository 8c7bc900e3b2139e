package org.aiip.tracker.member;

import java.time.LocalDate;
import java.util.Locale;

import org.aiip.tracker.system.LocalizedText;
import org.aiip.tracker.system.ShownText;

/**
 * A member company as its public page and the members list show it: the entity's shown fields, read in the
 * service's transaction, so that templates never hold the entity.
 *
 * @param id the member's id (for matching, never shown)
 * @param slug the address part of the member's page, {@code /members/{slug}}
 * @param names the name in every language the site speaks
 * @param role lead company or member
 * @param sectors the sector (Korean and Chinese are the tracker's translations); its English text is null when
 *        not given
 * @param website the website as entered (templates link it only through {@code @links.web})
 * @param joinedOn when the member joined, or null
 * @param active whether the member is still in the initiative
 * @param withdrawnOn when it left, or null
 * @param descriptions the description (Korean and Chinese are the tracker's translations)
 */
public record MemberView(Long id, String slug, LocalizedText names, MemberRole role, LocalizedText sectors,
        String website, LocalDate joinedOn, boolean active, LocalDate withdrawnOn, LocalizedText descriptions) {

    public static MemberView of(MemberCompany member) {
        return new MemberView(member.getId(), member.getSlug(), member.names(), member.getRole(), member.sectors(),
                member.getWebsite(), member.getJoinedOn(), member.isActive(), member.getWithdrawnOn(),
                member.descriptions());
    }

    /** The name in the reader's language, or the English one where that is missing. */
    public String name(Locale locale) {
        return this.names.text(locale);
    }

    public String nameEn() {
        return this.names.en();
    }

    public String nameZh() {
        return this.names.zh();
    }

    public String nameKo() {
        return this.names.ko();
    }

    public boolean lead() {
        return this.role == MemberRole.LEAD;
    }

    /** Whether a sector is given (in English, the language every other version translates). */
    public boolean hasSector() {
        return this.sectors.en() != null;
    }

    public ShownText sector(Locale locale) {
        return this.sectors.in(locale);
    }

    /** Whether a description is given (in English, the language every other version translates). */
    public boolean hasDescription() {
        return this.descriptions.en() != null;
    }

    public ShownText description(Locale locale) {
        return this.descriptions.in(locale);
    }

}
