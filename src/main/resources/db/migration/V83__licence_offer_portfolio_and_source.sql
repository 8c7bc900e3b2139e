-- A licence offer may cover all of the member's patents within its field of use (a pledge to a
-- licensing community names no patent list), and names the public source that reports it.
alter table licence_offer add column whole_portfolio boolean not null default false;
alter table licence_offer add column source_url varchar(1000);

-- The first real offer, from its public source: Baidu joined the Open Invention Network on 30 June 2020,
-- whose members cross-license their patents on the "Linux System" royalty-free to one another (OIN's
-- announcement of that day, https://openinventionnetwork.com/baidu-joins-the-open-invention-network-community/,
-- also reported by ZDNet). No copy of the OIN licence text is kept yet: an admin can add one on the offer's page.
insert into licence_offer (member_id, title, terms, field_of_use, licensees, offered_from, offered_until,
    licence_url, note, version, created_at, updated_at, whole_portfolio, source_url)
select id, 'Open Invention Network community licence (Linux System)', 'ROYALTY_FREE',
    'The Linux System and adjacent open-source technologies, as the OIN licence defines them',
    'Members of the Open Invention Network community, who license their own Linux System patents royalty-free in return',
    date '2020-06-30', null, null,
    'Baidu became a member of the OIN community on 30 June 2020, pledging not to assert its patents against Linux and neighbouring open-source technologies.',
    0, timestamp with time zone '2026-12-04 20:15:00+00', timestamp with time zone '2026-12-04 20:15:00+00', true,
    'https://openinventionnetwork.com/baidu-joins-the-open-invention-network-community/'
from member_company where slug = 'baidu';
