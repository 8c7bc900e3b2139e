-- The filing lists, filters, totals, text and IPC searches are answered by the search engine
-- (Hibernate Search, filing/FilingIndex); the database stays the source of truth and is read by
-- primary key. What served the lists in SQL goes: the H2 word index (V32) and the indexes that only
-- the list orders, filters and the IPC prefix used. Every bulk write gets cheaper by as much.
-- Kept: the primary keys, the unique office + number, the foreign keys' own indexes (H2 makes them),
-- and (updated_at, id), from which the search index learns what changed since it last looked.
drop table if exists filing_word;
drop table if exists search_word;

drop index if exists ix_filing_applicant;
drop index if exists ix_filing_office;
drop index if exists ix_filing_status;
drop index if exists ix_filing_area;
drop index if exists ix_filing_year;
drop index if exists ix_filing_family;
drop index if exists ix_filing_open_licence;
drop index if exists ix_filing_date;
drop index if exists ix_filing_title;
drop index if exists ix_filing_applicant_updated;
drop index if exists ix_filing_ipc_symbol;
-- PostgreSQL's trigram indexes for the title and abstract search (db/vendor/postgresql/V7).
drop index if exists ix_filing_title_trgm;
drop index if exists ix_filing_abstract_trgm;
