-- A filing is never deleted: withdrawing it keeps the record with the reason.
alter table patent_filing add column withdrawal_reason varchar(1000);
