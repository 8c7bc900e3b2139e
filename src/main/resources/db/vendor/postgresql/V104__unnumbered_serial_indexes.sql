-- Imports (issue 13): every chunk of every pass asks which of its rows' publication and grant serials belong to a
-- filing known by its publication only (no application number yet). Through the serial indexes of all filings
-- that was a probe and a table read for each of the chunk's serials, 1.5-4.6 ms a chunk at 1,000,000 filings and
-- about 0.4 s of each pass over a 140,120-row file. These partial indexes hold only the few filings without a
-- number: 0.2 ms a chunk. (H2 has no partial indexes; there the serial indexes serve as before.)
create index ix_filing_unnumbered_publication on patent_filing (publication_serial) where application_number is null;
create index ix_filing_unnumbered_grant on patent_filing (grant_serial) where application_number is null;
