-- When the sweeper (importing/ImportFileSweeper) deleted a job's files: an upload left waiting, failed
-- or done longer than tracker.import.keep-files. Null while they may still be on disk.
alter table import_job add column files_deleted_at timestamp(6) with time zone;
