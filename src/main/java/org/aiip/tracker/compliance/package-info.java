/** How each member stands on each clause: one assessment per member and clause, with evidence. */
package org.aiip.tracker.compliance;
