/** Clause 4, curbing malicious litigation: the log of patent cases involving members, and the transfers of members' patents to outsiders. */
package org.aiip.tracker.litigation;
