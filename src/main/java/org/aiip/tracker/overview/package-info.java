/** Public pages that combine several features: the dashboard, member profiles and clause pages. */
package org.aiip.tracker.overview;
