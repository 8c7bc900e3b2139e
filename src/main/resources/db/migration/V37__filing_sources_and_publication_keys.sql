-- Real filings (issue 12). A filing may be known by its publication number before its application
-- number (Google Patents exports carry none); it records the address of the public page where it can
-- be checked; how much of its filing date is known; and the serials of its publication and grant
-- (office and digits without the kind code), by which a later file's rows find it. The serials of
-- filings already on record are filled in by the Java migration V38.

alter table patent_filing alter column application_number drop not null;
alter table patent_filing add column source_url varchar(1000);
-- FILED: the filing date itself; FILING_YEAR: only its year is known (a CN number carries it) and
-- the date is 1 January; EARLIEST_PRIORITY: the filing date is not in the source and the earliest
-- priority date stands in for it (Espacenet exports give no filing date).
alter table patent_filing add column filing_date_source varchar(20) default 'FILED' not null;
alter table patent_filing add column publication_serial varchar(24);
alter table patent_filing add column grant_serial varchar(24);
-- How many applicants the source names, members and others: a shared filing counts 1/n for each.
alter table patent_filing add column applicant_count int default 1 not null;
-- Short hashes of the field values the last import wrote, to tell a field changed by hand since.
alter table patent_filing add column import_fingerprint varchar(400);

create index ix_filing_publication_serial on patent_filing (publication_serial);
create index ix_filing_grant_serial on patent_filing (grant_serial);
create index ix_filing_applicant_count on patent_filing (applicant_count);
