/** The initiative's member companies: profile, status and role. */
package org.aiip.tracker.member;
