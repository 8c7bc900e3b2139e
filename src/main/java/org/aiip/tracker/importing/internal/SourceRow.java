package org.aiip.tracker.importing.internal;

import java.util.List;

/**
 * One row of an export file (The Lens, Google Patents, Espacenet) as read, before any checking: the
 * values as the file writes them, in the file's own terms, so that the row can wait for its company
 * names to be decided and be checked again later without the file (stored as JSON).
 *
 * @param row the row number as a spreadsheet shows it
 * @param office the office, where the file names it in a column of its own
 * @param applicationNumber the application number as written, if the file has one
 * @param publications the row's published documents (publication and grant numbers), as written
 * @param publicationDates their dates, in the same order where the file gives several
 * @param applicants the applicants as the file names them
 * @param owners the current owners where the file names them (The Lens)
 * @param priorityNumbers the priority applications claimed
 * @param familyMembers publication numbers of other members of the family
 * @param familyId the family number the source gives (Espacenet's), if any
 * @param status the legal status as the file writes it
 * @param sourceUrl the public page of the document, as the file links it
 */
record SourceRow(int row, String office, String applicationNumber, List<String> publications,
        List<String> publicationDates, String title, String abstractText, List<String> applicants, List<String> owners,
        String filingDate, String priorityDate, List<String> priorityNumbers, List<String> familyMembers,
        String familyId, List<String> ipc, String status, String grantDate, String sourceUrl) {

}
