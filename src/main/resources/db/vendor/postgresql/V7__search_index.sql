-- The filing list's "title or abstract contains" filter is lower(...) like '%text%', which a B-tree
-- cannot answer. Trigram GIN indexes can (for texts of three characters or more); the planner
-- combines the two with a BitmapOr. pg_trgm is a trusted extension (PostgreSQL 13+): the owner of
-- the database may create it; otherwise a superuser runs this statement once before the upgrade.
create extension if not exists pg_trgm;

create index ix_filing_title_trgm on patent_filing using gin (lower(title) gin_trgm_ops);
create index ix_filing_abstract_trgm on patent_filing using gin (lower(abstract_text) gin_trgm_ops);
