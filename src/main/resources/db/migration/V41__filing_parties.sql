-- Every applicant and current owner of a filing as its source names it, with the member the name
-- belongs to (null: not a member of the initiative, an outside co-applicant or a new owner). A
-- current owner who is not among the applicants means the filing was transferred.

create table filing_party (
    filing_id bigint       not null references patent_filing (id),
    role      varchar(12)  not null,
    position  int          not null,
    name      varchar(300) not null,
    member_id bigint references member_company (id),
    primary key (filing_id, position)
);
create index ix_filing_party_member on filing_party (member_id);
