-- H2 has no trigram or other index that answers lower(title) like '%text%' (an infix search): its
-- full-text search (FT_INIT) finds whole words only, which would change what the filter means. The
-- embedded database serves one instance with thousands of filings, where the scan costs a few
-- milliseconds (docs/operations.md, "Search"). PostgreSQL gets trigram indexes in its V7.
-- This file keeps the version numbers of both databases in step.
select 1;
