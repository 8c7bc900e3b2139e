package org.aiip.tracker.filing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from a filing to the public registers where anyone can check it: Google Patents always
 * (the document once a publication or grant number is known, otherwise a search), Espacenet once
 * published, and the office's own register where it has a stable address (EP Register; PATENTSCOPE
 * for published PCT applications). Other offices' registers need sessions or forms, so they are left out.
 */
public final class PublicRegisterLinks {

    /**
     * One link.
     *
     * @param register which register, the suffix of its message key {@code filings.register.*}
     * @param url the address
     */
    public record Link(String register, String url) {
    }

    // A WO publication number: WO, year, six-digit serial, optional kind code (A1, A2, ...).
    private static final Pattern WO_PUBLICATION = Pattern.compile("WO(\\d{4})(\\d{6})(?:[A-Z]\\d?)?");

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^0-9A-Za-z]");

    private PublicRegisterLinks() {
    }

    /** The links for a filing. */
    public static List<Link> of(PatentFiling filing) {
        String display = filing.getApplicationNumber() == null ? filing.getPublicationNumber()
                : FilingListRow.displayNumber(filing.getOffice(), filing.getApplicationNumber());
        return of(filing.getOffice(), filing.getApplicationNumber() == null ? "" : filing.getApplicationNumber(), display,
                filing.getPublicationNumber(), filing.getGrantNumber());
    }

    /**
     * The links for a filing's numbers.
     *
     * @param normalised the stored application number
     * @param display the application number as the office prints it
     * @param publicationNumber may be null
     * @param grantNumber may be null
     */
    static List<Link> of(PatentOffice office, String normalised, String display, String publicationNumber,
            String grantNumber) {
        String publication = documentNumber(office, publicationNumber);
        String grant = documentNumber(office, grantNumber);
        List<Link> links = new ArrayList<>();
        String document = (publication != null) ? publication : grant;
        links.add(new Link("googlePatents", (document != null) ? "https://patents.google.com/patent/" + document
                : "https://patents.google.com/?q=" + encode(display)));
        if (publication != null) {
            links.add(new Link("espacenet", "https://worldwide.espacenet.com/patent/search?q=pn%3D" + publication));
        }
        if (office == PatentOffice.EP) {
            String digits = NOT_DIGIT.matcher(normalised).replaceAll("");
            if (digits.length() >= 8) {
                links.add(new Link("epoRegister",
                        "https://register.epo.org/application?number=EP" + digits.substring(0, 8)));
            }
        }
        if (office == PatentOffice.WO && publication != null) {
            Matcher wo = WO_PUBLICATION.matcher(publication);
            if (wo.matches()) {
                links.add(new Link("patentscope", "https://patentscope.wipo.int/search/en/detail.jsf?docId=WO"
                        + wo.group(1) + wo.group(2)));
            }
        }
        return List.copyOf(links);
    }

    /**
     * A publication or grant number in the compact form the registers use ({@code CN111046969A},
     * {@code WO2020123456A1}), with the office's code in front when it was stored without one;
     * null when there is none.
     */
    static String documentNumber(PatentOffice office, String number) {
        if (number == null) {
            return null;
        }
        String compact = NOT_LETTER_OR_DIGIT.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        return Character.isDigit(compact.charAt(0)) ? office.name() + compact : compact;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
