-- An import's filings reach the search index after its write commits, in the background: the job page says how
-- far that has gone (index_state INDEXING, then INDEXED, FAILED or INTERRUPTED; null when the job wrote nothing
-- or ran before this change). The instance doing it keeps the job's heartbeat fresh meanwhile.
alter table import_job add column index_state varchar(20);
alter table import_job add column index_total int not null default 0;
alter table import_job add column indexed_rows int not null default 0;
alter table import_job add column indexed_at timestamp(6) with time zone;
