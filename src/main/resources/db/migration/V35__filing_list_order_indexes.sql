-- H2 reads rows in an index's order only when the ORDER BY columns lead the index: with
-- (published, filing_date, id) every public list sorted all published filings before showing 20.
-- (filing_date, id) gives the list in date order, both ways, to every viewer; published filings are
-- most of them, so few rows are skipped. (title, id) does the same for the list sorted by title.
drop index ix_filing_published_date;
create index ix_filing_date on patent_filing (filing_date, id);
create index ix_filing_title on patent_filing (title, id);
