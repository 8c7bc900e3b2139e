-- Open data (issue 17): a snapshot's zip is kept in parts of at most 1 MiB, written one after another from the
-- file the snapshot was written to and sent one after another to whoever downloads it, so that neither holds
-- the whole zip in memory (at 100,000 filings it did not fit in a 256 MB heap). The zips taken so far become
-- each one part.

create table open_data_snapshot_part (
    snapshot_id bigint not null references open_data_snapshot (id),
    part_no     int    not null,
    content     bytea  not null,
    primary key (snapshot_id, part_no)
);
insert into open_data_snapshot_part (snapshot_id, part_no, content) select id, 0, content from open_data_snapshot;
alter table open_data_snapshot drop column content;
