-- Several instances share the import jobs. The instance that runs a job (VALIDATING or WRITING) names
-- itself in runner and refreshes heartbeat_at while it works; a running job whose heartbeat is older
-- than tracker.import.stale-after (its instance was killed or lost) is marked interrupted by any
-- instance, at start and periodically. A live instance's job is left alone.
alter table import_job add column runner varchar(100);
alter table import_job add column heartbeat_at timestamp(6) with time zone;
