/** Who you are and what you may do: admin and editor accounts, sign-in with a second factor, brute-force protection, and the rules of which route each role may use. */
package org.aiip.tracker.account;
