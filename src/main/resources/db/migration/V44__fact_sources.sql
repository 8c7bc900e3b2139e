-- The facts of the initiative carry their sources (issue 12). The source article is the Korean news
-- article of ZDNet Korea, 21 April 2020 (article-ko.txt in the project's seed), which reports Kuai Keji of
-- 20 April. The December 2019 ranking is reported differently by different pages: each row now names the
-- page that reports it, and rows of other reports sit beside the article's. Ranks 4 and 5 differ: the
-- article names Samsung (3,407); Lexology's summary of the same report names Inspur and Huawei.

alter table initiative add column source_url varchar(1000);
update initiative set source_url = 'https://zdnet.co.kr/view/?no=20200421094855',
    source_note = 'ZDNet Korea, 21 April 2020, reporting the Chinese outlet Kuai Keji of 20 April 2020. The initiative''s official Chinese text is not in the source.';

alter table reference_ranking alter column applications drop not null;
alter table reference_ranking add column reported_by varchar(300);
alter table reference_ranking add column reported_url varchar(1000);
update reference_ranking set reported_by = 'ZDNet Korea, 21 April 2020 (the source article)',
    reported_url = 'https://zdnet.co.kr/view/?no=20200421094855';

insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (1, 'Baidu', 'baidu', 5712, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Nai500, 5 December 2019', 'https://nai500.com/blog/2019/12/china-surpasses-us-in-number-of-global-ai-patent-applications/');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (2, 'Tencent', null, 4115, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Nai500, 5 December 2019', 'https://nai500.com/blog/2019/12/china-surpasses-us-in-number-of-global-ai-patent-applications/');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (3, 'Microsoft China', null, 3978, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Nai500, 5 December 2019', 'https://nai500.com/blog/2019/12/china-surpasses-us-in-number-of-global-ai-patent-applications/');

insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (1, 'Baidu', 'baidu', null, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Lexology (a summary of the same report)', 'https://www.lexology.com/library/detail.aspx?g=eebf3ce5-4b94-46a6-870d-1d934c8542c8');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (2, 'Tencent', null, null, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Lexology (a summary of the same report)', 'https://www.lexology.com/library/detail.aspx?g=eebf3ce5-4b94-46a6-870d-1d934c8542c8');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (3, 'Microsoft China', null, null, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Lexology (a summary of the same report)', 'https://www.lexology.com/library/detail.aspx?g=eebf3ce5-4b94-46a6-870d-1d934c8542c8');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (4, 'Inspur', null, null, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Lexology (a summary of the same report)', 'https://www.lexology.com/library/detail.aspx?g=eebf3ce5-4b94-46a6-870d-1d934c8542c8');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on, reported_by, reported_url)
values (5, 'Huawei', null, null, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01', 'Lexology (a summary of the same report)', 'https://www.lexology.com/library/detail.aspx?g=eebf3ce5-4b94-46a6-870d-1d934c8542c8');
