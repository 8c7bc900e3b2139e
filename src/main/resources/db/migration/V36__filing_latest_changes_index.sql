-- The latest changes on the dashboard: like the list (V35), H2 can read them in index order only
-- from an index that the ORDER BY columns lead, which (published, updated_at, id) was not.
drop index ix_filing_published_updated;
create index ix_filing_updated on patent_filing (updated_at, id);
