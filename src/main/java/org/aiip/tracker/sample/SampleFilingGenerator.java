package org.aiip.tracker.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.IpcSymbol;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.sample.internal.SampleProfiles;

/**
 * Makes synthetic AI patent filings of the three named members, filed 2016–2020, one at a time so
 * that any number (the default 2,400 or a million) can be streamed to the database.
 *
 * <p>The same seed always gives the same filings. Shares follow the public picture: Baidu about 55%,
 * JD.com 25%, Haier 20%; about 70% at CNIPA. Each family starts with a Chinese priority filing, some
 * followed within twelve months by PCT, US, EP, JP or KR filings with the same family key. The
 * record is seen from {@link #RECORD_DATE}: publication comes 18 months after the earliest date
 * (priority or filing), so the newest filings (about 15%) are still unpublished and confidential.
 */
public final class SampleFilingGenerator {

    /** The seed of the sample the application loads: the initiative's date. */
    public static final long DEFAULT_SEED = 20200420L;

    /** The day the sample record is up to date: later publications and grants have not happened. */
    public static final LocalDate RECORD_DATE = LocalDate.of(2022, 1, 1);

    static final int FIRST_YEAR = 2016;

    static final int LAST_YEAR = 2020;

    private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    // Filings grew year by year, 2016 to 2020.
    private static final int[] YEAR_WEIGHTS = { 12, 16, 20, 24, 28 };

    private static final String[] LICENCE_TERMS = {
            "Royalty-free licence offered under the initiative's open licensing pool, on request",
            "Licence on fair, reasonable and non-discriminatory terms; contact the applicant's licensing office",
            "Royalty-free licence for research and non-commercial use; commercial terms on request" };

    private final Random random;

    private final Map<String, Integer> serials = new HashMap<>();

    private final Map<String, String> ipcSymbols = new HashMap<>();

    private int publicationSerial = 105_000_000;

    private int usGrantSerial = 10_200_000;

    private int jpGrantSerial = 6_400_000;

    private int krGrantSerial = 2_000_000;

    private int familySerial;

    public SampleFilingGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Makes exactly {@code count} filings and hands each to {@code sink} as soon as it is made. */
    public void generate(int count, Consumer<SampleFiling> sink) {
        int made = 0;
        while (made < count) {
            List<SampleFiling> family = family();
            for (int i = 0; i < family.size() && made < count; i++, made++) {
                sink.accept(family.get(i));
            }
        }
    }

    private List<SampleFiling> family() {
        SampleProfiles.Member member = SampleProfiles.member(this.random);
        SampleProfiles.Area area = member.area(this.random);
        LocalDate filed = filingDate();
        if (this.random.nextInt(100) < 3) {
            return List.of(cnNationalPhase(member, area, filed));
        }
        List<PatentOffice> followUps = followUps();
        String familyKey = followUps.isEmpty() ? null : "FAM-" + zeroPadded(++this.familySerial, 6);
        String title = SampleProfiles.title(area, this.random);
        List<SampleFiling> family = new ArrayList<>();
        family.add(filing(PatentOffice.CN, '1', member, area, title, filed, null, familyKey));
        for (PatentOffice office : followUps) {
            family.add(filing(office, '1', member, area, title, followUpDate(filed), filed, familyKey));
        }
        return family;
    }

    // Of the Chinese priority filings, about one in seven is followed by a PCT filing and one in
    // seven by a US filing; EP, JP and KR share the rest, for 70/10/10/10 overall.
    private List<PatentOffice> followUps() {
        List<PatentOffice> offices = new ArrayList<>();
        if (this.random.nextInt(1000) < 143) {
            offices.add(PatentOffice.WO);
        }
        if (this.random.nextInt(1000) < 143) {
            offices.add(PatentOffice.US);
        }
        if (this.random.nextInt(1000) < 57) {
            offices.add(PatentOffice.EP);
        }
        if (this.random.nextInt(1000) < 43) {
            offices.add(PatentOffice.JP);
        }
        if (this.random.nextInt(1000) < 43) {
            offices.add(PatentOffice.KR);
        }
        return offices;
    }

    // A PCT application of foreign origin entering the Chinese national phase (type digit 8).
    private SampleFiling cnNationalPhase(SampleProfiles.Member member, SampleProfiles.Area area, LocalDate filed) {
        LocalDate priority = filed.minusMonths(20 + this.random.nextInt(11));
        return filing(PatentOffice.CN, '8', member, area, SampleProfiles.title(area, this.random), filed, priority,
                null);
    }

    private SampleFiling filing(PatentOffice office, char cnType, SampleProfiles.Member member,
            SampleProfiles.Area area, String title, LocalDate filed, LocalDate priority, String familyKey) {
        ApplicationNumber number = applicationNumber(office, cnType, filed);
        LocalDate earliest = priority == null ? filed : priority;
        LocalDate publication = later(earliest.plusMonths(18), filed.plusMonths(3));
        String abstractText = this.random.nextInt(100) < 35 ? SampleProfiles.abstractText(area, this.random) : null;
        List<String> ipc = ipc(area);
        if (publication.isAfter(RECORD_DATE)) {
            return new SampleFiling(number, member.slug(), area.code(), title, abstractText, filed, priority, null,
                    null, null, null, LegalStatus.FILED, ipc, null, familyKey);
        }
        String publicationNumber = publicationNumber(office, publication);
        LegalStatus status = status(office);
        LocalDate grant = null;
        String grantNumber = null;
        if (status == LegalStatus.GRANTED || status == LegalStatus.LAPSED) {
            grant = publication.plusDays(180 + this.random.nextInt(720));
            if (grant.isAfter(RECORD_DATE)) {
                grant = null;
                status = LegalStatus.UNDER_EXAMINATION;
            }
            else {
                grantNumber = grantNumber(office, publicationNumber);
            }
        }
        String terms = status.isPending() || status == LegalStatus.GRANTED
                ? (this.random.nextInt(1000) < 95 ? LICENCE_TERMS[this.random.nextInt(LICENCE_TERMS.length)] : null)
                : null;
        return new SampleFiling(number, member.slug(), area.code(), title, abstractText, filed, priority,
                publicationNumber, publication, grantNumber, grant, status, ipc, terms, familyKey);
    }

    // Of the published filings: most granted, many still under examination, a few refused,
    // withdrawn or lapsed. PCT applications are never granted as such.
    private LegalStatus status(PatentOffice office) {
        int roll = this.random.nextInt(100);
        if (office == PatentOffice.WO) {
            return roll < 92 ? LegalStatus.PUBLISHED : LegalStatus.WITHDRAWN;
        }
        if (roll < 50) {
            return LegalStatus.GRANTED;
        }
        if (roll < 72) {
            return LegalStatus.UNDER_EXAMINATION;
        }
        if (roll < 84) {
            return LegalStatus.PUBLISHED;
        }
        if (roll < 91) {
            return LegalStatus.REFUSED;
        }
        if (roll < 96) {
            return LegalStatus.WITHDRAWN;
        }
        return LegalStatus.LAPSED;
    }

    private LocalDate filingDate() {
        int roll = this.random.nextInt(100);
        int year = FIRST_YEAR;
        for (int weight : YEAR_WEIGHTS) {
            if (roll < weight) {
                break;
            }
            roll -= weight;
            year++;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(this.random.nextInt(first.lengthOfYear()));
    }

    // Within the twelve-month priority year, and never after the sample's last day.
    private LocalDate followUpDate(LocalDate priority) {
        LocalDate date = priority.plusDays(60 + this.random.nextInt(300));
        if (date.isAfter(LAST_DAY)) {
            date = priority.plusDays(this.random.nextInt((int) ChronoUnit.DAYS.between(priority, LAST_DAY) + 1));
        }
        return date;
    }

    private List<String> ipc(SampleProfiles.Area area) {
        List<String> symbols = area.ipc(this.random);
        List<String> normalised = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            // The profiles' few symbols, each checked and normalised once (parsing each again was 5% of the
            // generator's garbage at a million filings).
            normalised.add(this.ipcSymbols.computeIfAbsent(symbol, s -> IpcSymbol.parse(s).toString()));
        }
        return normalised;
    }

    // ---- numbers ----

    /** Builds the office's form and lets the value type check it, so that every number is valid. */
    private ApplicationNumber applicationNumber(PatentOffice office, char cnType, LocalDate filed) {
        int year = filed.getYear();
        String text = switch (office) {
            case CN -> {
                String digits = year + String.valueOf(cnType) + serial("CN" + year + cnType, 7, 200_000);
                yield digits + ApplicationNumber.cnCheckCharacter(digits);
            }
            case EP -> {
                String digits = zeroPadded(year % 100, 2) + serial("EP" + year, 6, 700_000);
                yield digits + ApplicationNumber.epCheckDigit(digits);
            }
            case US -> {
                String series = usSeries(year);
                yield series + serial("US" + series, 6, 300_000);
            }
            case JP -> year + serial("JP" + year, 6, 100_000);
            case KR -> "10" + year + serial("KR" + year, 7, 100_000);
            case WO -> "CN" + year + serial("WO" + year, 6, 80_000);
        };
        return ApplicationNumber.parse(office, text);
    }

    // As String.format("%0<digits>d") writes a number that is not negative, without parsing a format each time (a
    // million filings called it several million times: 3% of the generator's CPU).
    static String zeroPadded(long value, int digits) {
        String text = Long.toString(value);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    // US series codes by filing period: 15/ until late 2017, 16/ until late 2019, then 17/.
    private static String usSeries(int year) {
        return year <= 2017 ? "15" : (year <= 2019 ? "16" : "17");
    }

    /** The next serial number of a numbering range, with small gaps like real ones. */
    private String serial(String range, int digits, int start) {
        int next = this.serials.getOrDefault(range, start) + 1 + this.random.nextInt(4);
        if (next >= Math.pow(10, digits)) {
            throw new IllegalStateException("Too many sample filings for the numbering range " + range);
        }
        this.serials.put(range, next);
        return zeroPadded(next, digits);
    }

    private String publicationNumber(PatentOffice office, LocalDate published) {
        int serial = this.publicationSerial += 1 + this.random.nextInt(3);
        int year = published.getYear();
        return switch (office) {
            case CN -> "CN" + serial + "A";
            case WO -> "WO" + year + zeroPadded(serial % 1_000_000, 6) + "A1";
            case US -> "US" + year + zeroPadded(serial % 10_000_000, 7) + "A1";
            case EP -> "EP" + (3_000_000 + serial % 1_000_000) + "A1";
            case JP -> "JP" + year + zeroPadded(serial % 1_000_000, 6) + "A";
            case KR -> "KR10" + year + zeroPadded(serial % 10_000_000, 7) + "A";
        };
    }

    // CN and EP keep the publication number and change the kind code; the others number grants anew.
    private String grantNumber(PatentOffice office, String publicationNumber) {
        return switch (office) {
            case CN -> publicationNumber.substring(0, publicationNumber.length() - 1) + "B";
            case EP -> publicationNumber.substring(0, publicationNumber.length() - 2) + "B1";
            case US -> "US" + (this.usGrantSerial += 1 + this.random.nextInt(5)) + "B2";
            case JP -> "JP" + (this.jpGrantSerial += 1 + this.random.nextInt(5)) + "B2";
            case KR -> "KR10" + (this.krGrantSerial += 1 + this.random.nextInt(5)) + "B1";
            case WO -> throw new IllegalArgumentException("PCT applications are not granted");
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
