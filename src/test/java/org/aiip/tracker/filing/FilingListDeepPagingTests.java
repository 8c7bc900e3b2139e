package org.aiip.tracker.filing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same walks as {@link FilingListPagingTests} with every page from the 21st row on treated as deep:
 * lists by date then find those pages through the engine's count per filing day (pages that span
 * days, pages in the second half read from the far end), other orders after a count of their own.
 */
@SpringBootTest(properties = "tracker.search.deep-offset=20")
@ActiveProfiles("test")
class FilingListDeepPagingTests extends FilingListPagingTests {

}
