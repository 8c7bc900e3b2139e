-- What joins filings into families across offices: their own application and publication serials,
-- the priority applications they claim, the family members and family numbers their sources list.
-- Filings that share a reference are one family (family_key).

create table filing_family_ref (
    filing_id bigint      not null references patent_filing (id),
    ref       varchar(40) not null,
    primary key (filing_id, ref)
);
create index ix_family_ref on filing_family_ref (ref, filing_id);
