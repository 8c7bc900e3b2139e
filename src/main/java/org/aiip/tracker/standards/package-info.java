/** Clause 2, AI patent standards: declarations of members' patents to standards bodies. */
package org.aiip.tracker.standards;
