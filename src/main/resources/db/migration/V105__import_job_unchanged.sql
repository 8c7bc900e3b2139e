-- An import leaves a matching filing that already has every value its row brings as it is: no new version, no new
-- time of change, no re-indexing (issue 13). The job counts those filings apart from the updated ones; jobs before
-- this change counted them as updated.
alter table import_job add column unchanged_count int not null default 0;
