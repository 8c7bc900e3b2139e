package org.aiip.tracker.api.internal;

import java.util.List;

/**
 * A filing's patent family as far as the caller may see it.
 *
 * @param familyKey the family's key ({@code null}: the filing belongs to no recorded family)
 * @param otherFilings the family's other filings, oldest first
 */
record FamilyJson(long id, String familyKey, List<FilingItemJson> otherFilings, String filing) {
}
