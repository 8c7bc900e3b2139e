-- Imports of export files (issue 12): which format the file was, how many rows wait for company names
-- to be decided, how many add to an earlier row of the same file (a grant after its publication), and
-- how many fields a re-import would change that were changed by hand since.
alter table import_job add column file_format varchar(20);
alter table import_job add column waiting_rows int default 0 not null;
alter table import_job add column join_rows int default 0 not null;
alter table import_job add column conflict_count int default 0 not null;
