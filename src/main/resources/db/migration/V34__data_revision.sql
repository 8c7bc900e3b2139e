-- One number that moves on after every committed change to what the public pages show. Each app
-- instance keys its cache of rendered pages by it (system/PageCache), so a change made through any
-- instance is seen at once by all of them.
create table data_revision (
    id       int    not null primary key,
    revision bigint not null
);

insert into data_revision (id, revision) values (1, 0);
