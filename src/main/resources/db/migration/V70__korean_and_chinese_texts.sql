-- Korean and Chinese versions of the initiative's facts, the members' sectors and descriptions and the
-- reference ranking's company names (issue 15). Where the source article (Korean, ZDNet Korea 21 April 2020)
-- has the words, the Korean text is the article's: the publisher ("국제상공회의소(ICC) 중국국가위원회 인공지능
-- 업무팀"), "20여 개 회원 기업", the ranking's 바이두, 텐센트, 마이크로소프트, 삼성 and the report's title. Every
-- other Korean or Chinese text here is the tracker's own translation of the English, and the pages mark it as a
-- translation (the initiative's official Chinese text is not in the source). Member texts are only set while
-- the English is still the one first loaded, so that an admin's later edit is never paired with a stale
-- translation.

alter table initiative add column published_by_ko varchar(300);
alter table initiative add column published_by_zh varchar(300);
alter table initiative add column member_count_stated_ko varchar(100);
alter table initiative add column member_count_stated_zh varchar(100);
alter table initiative add column source_note_ko varchar(1000);
alter table initiative add column source_note_zh varchar(1000);

update initiative set
    name_zh = coalesce(name_zh, '人工智能知识产权合作倡议'),
    published_by_ko = '국제상공회의소(ICC) 중국국가위원회 인공지능 업무팀',
    published_by_zh = '国际商会（ICC）中国国家委员会人工智能工作组',
    member_count_stated_ko = '20여 개 기업',
    member_count_stated_zh = '约20家企业',
    source_note_ko = 'ZDNet Korea, 2020년 4월 21일. 중국 매체 콰이커지의 2020년 4월 20일 보도를 전한 기사입니다. 이니셔티브의 공식 중국어 원문은 이 출처에 없습니다.',
    source_note_zh = 'ZDNet Korea，2020年4月21日，转述中国媒体快科技2020年4月20日的报道。倡议的中文官方文本不在该来源中。';

alter table member_company add column sector_ko varchar(200);
alter table member_company add column sector_zh varchar(200);
alter table member_company add column description_ko varchar(4000);
alter table member_company add column description_zh varchar(4000);

update member_company set sector_ko = '인터넷 / 인공지능', sector_zh = '互联网 / 人工智能'
    where slug = 'baidu' and sector = 'Internet / AI';
update member_company set sector_ko = '전자상거래', sector_zh = '电子商务'
    where slug = 'jd' and sector = 'E-commerce';
update member_company set sector_ko = '가전 / 사물인터넷', sector_zh = '家电 / 物联网'
    where slug = 'haier' and sector = 'Home appliances / IoT';

update member_company set
    description_ko = '이니셔티브의 주도 기업. 2016년부터 인공지능 체온 측정 관련 특허를 100여 건 신청했고, 코로나19를 맞아 인공지능 체온 측정 시스템으로 상용화했으며, 수출과 해외 특허 관리를 계획하고 있다고 보도되었다. 딥러닝, 음성인식, 자연어처리, 자율주행 분야에 기술을 축적했다.',
    description_zh = '本倡议的牵头企业。据报道，该公司自2016年起已提交约100件人工智能体温测量相关专利申请，在新冠疫情期间以人工智能测温系统实现商用，并计划出口相关产品、加强海外专利管理。在深度学习、语音识别、自然语言处理和自动驾驶领域积累了技术。'
    where slug = 'baidu' and description = 'Lead company of the initiative. Reported about 100 patent applications on AI body-temperature measurement since 2016, commercialised in an AI temperature-screening system for COVID-19, with export and overseas patent management planned. Accumulated technology in deep learning, speech recognition, natural language processing and autonomous driving.';
update member_company set
    description_ko = '출처 기사에서 이니셔티브의 회원사로 언급되었다.',
    description_zh = '来源文章将其列为本倡议的成员企业。'
    where slug = 'jd' and description = 'Named in the source article as a member of the initiative.';
update member_company set
    description_ko = '출처 기사에서 이니셔티브의 회원사로 언급되었다. 2019년 6월 바이두와 특허 협력을 체결했다.',
    description_zh = '来源文章将其列为本倡议的成员企业。2019年6月与百度签署专利合作协议。'
    where slug = 'haier' and description = 'Named in the source article as a member of the initiative. Signed a patent cooperation agreement with Baidu in June 2019.';

alter table reference_ranking add column company_ko varchar(200);
alter table reference_ranking add column company_zh varchar(200);
alter table reference_ranking add column source_ko varchar(500);
alter table reference_ranking add column source_zh varchar(500);

update reference_ranking set company_ko = '바이두', company_zh = '百度' where company = 'Baidu';
update reference_ranking set company_ko = '텐센트', company_zh = '腾讯' where company = 'Tencent';
update reference_ranking set company_ko = '마이크로소프트', company_zh = '微软' where company = 'Microsoft';
update reference_ranking set company_ko = '마이크로소프트 중국', company_zh = '微软中国' where company = 'Microsoft China';
update reference_ranking set company_ko = '삼성', company_zh = '三星' where company = 'Samsung';
update reference_ranking set company_ko = '인스퍼', company_zh = '浪潮' where company = 'Inspur';
update reference_ranking set company_ko = '화웨이', company_zh = '华为' where company = 'Huawei';
update reference_ranking set
    source_ko = '중국 국가공업정보안전발전연구센터, ''인공지능 중국 특허 기술 분석 보고서'', 2019년 12월',
    source_zh = '国家工业信息安全发展研究中心（中国）《人工智能中国专利技术分析报告》，2019年12月'
    where source = 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019';
