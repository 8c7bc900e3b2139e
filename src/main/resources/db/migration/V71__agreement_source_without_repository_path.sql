-- A visitor never sees a path of the project's repository (issue 15): the seeded agreement named
-- "docs/sources.md" as its source. It names the article itself now; the page links to /sources.
update cooperation_agreement set source = 'ZDNet Korea, 21 April 2020 (the source article)'
    where source = 'Korean news article of 21 April 2020 (see docs/sources.md)';
