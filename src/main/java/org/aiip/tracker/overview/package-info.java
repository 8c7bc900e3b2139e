/**
 * The dashboard module: the public pages that combine several features (the dashboard at {@code /}, the members
 * list and member profiles, the clause pages, the sources page). The style guide calls it {@code dashboard/};
 * it keeps the name {@code overview} (also its templates' folder and its message prefix). Its services read in one
 * transaction and hand templates view records ({@code Dashboard}, {@code MemberProfile}, {@code ClausePage},
 * {@code FilingRow}, with {@code member.MemberRef}, {@code member.MemberView}, {@code initiative.InitiativeView}, {@code compliance.AssessmentView} and
 * {@code clause.ClauseTextView}), not entities; its shared pieces are in {@code templates/overview/fragments.html}.
 */
@ApplicationModule(allowedDependencies = {"agreement", "audit", "clause", "compliance", "filing", "initiative", "member", "membership", "system"})
package org.aiip.tracker.overview;

import org.springframework.modulith.ApplicationModule;
