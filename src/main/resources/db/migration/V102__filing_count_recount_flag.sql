-- Whether the filing counts must be recounted at the next start: set by a bulk load that commits in parts
-- (the generator) before its first part, cleared by the recount at its end. The start reads this one row
-- instead of counting every filing (issue 13: no work at start that grows with the number of filings).
create table filing_count_state (
    id             integer primary key,
    recount_needed boolean not null,
    constraint ck_filing_count_state_one_row check (id = 1)
);

insert into filing_count_state (id, recount_needed) values (1, false);
