-- The real initiative, from the source article (Korean news article of 2020-04-21; see docs/sources.md).
-- Nothing here is invented: where the article is silent the column is left empty.

insert into initiative (name_en, name_ko, name_zh, published_by, published_on, member_count_stated, source_note) values ('AI Intellectual Property Cooperation Initiative','인공지능 지식재산권 협력 이니셔티브',null,'ICC China National Committee (International Chamber of Commerce), AI working group',date '2020-04-20','about 20 companies','Korean news article of 21 April 2020, reporting Kuai Keji of 20 April 2020. The initiative''s official Chinese text is not in the source.');

insert into clause (number) values (1);
insert into clause (number) values (2);
insert into clause (number) values (3);
insert into clause (number) values (4);
insert into clause (number) values (5);
insert into clause (number) values (6);
insert into clause (number) values (7);
insert into clause (number) values (8);

insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'IP protection strategy', 'Keeping pace with the development of AI technology, understand the risks and challenges to IP and establish IP protection strategies.', false from clause where number = 1;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'AI patent standards', 'On the basis of AI technology branches and patent information, take part in setting AI-patent-related standards.', false from clause where number = 2;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'Open patent licensing', 'Explore open patent-licensing policies, and promote innovation in and application of AI patented technology.', false from clause where number = 3;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'Curbing malicious litigation', 'Curb malicious litigation over AI patents, fostering a healthy environment for innovation and business.', false from clause where number = 4;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'AI IP law research', 'Advance research on IP issues in AI and help complete the legal framework.', false from clause where number = 5;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'Data security and privacy', 'Advocate data security and privacy protection in AI, and promote the development of IP and technology-protection agreements.', false from clause where number = 6;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'Open-source IP risk', 'Research the IP risks of AI open-source software and measures to prevent offences.', false from clause where number = 7;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'en', 'International cooperation', 'Strengthen international exchange and cooperation, and build a shared understanding of AI IP protection.', false from clause where number = 8;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '지식재산권 보호 전략', '인공지능 기술 발전에 발맞춰 지식재산권의 위험과 도전을 이해하고 지식재산권 보호 전략을 마련', false from clause where number = 1;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '인공지능 특허 표준', '인공지능 기술 분과와 특허 정보를 기반으로 인공지능 특허 관련 표준 제정에 참여', false from clause where number = 2;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '특허 개방 허가', '특허 개방 허가 정책 모색과 인공지능 특허 기술 혁신 및 응용 촉진', false from clause where number = 3;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '악의적 소송 억제', '인공지능 영역 특허에 대한 악의적 소송을 억제하면서 건전한 혁신 및 상업 환경 조성', false from clause where number = 4;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '인공지능 지식재산권 법률 연구', '인공지능 영역의 지식재산권 문제 연구 추진과 법률 체계 완비', false from clause where number = 5;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '데이터 보안 및 사생활 보호', '인공지능 영역 데이터 보안 및 사생활 보호 제창과 지식재산권 및 기술 보호 협약 발전 촉진', false from clause where number = 6;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '오픈소스 지식재산권 위험', '인공지능 오픈소스 소프트웨어 관련 지식재산권 위험과 범법 예방 조치 연구', false from clause where number = 7;
insert into clause_text (clause_id, lang, short_title, full_text, source_text) select id, 'ko', '국제 협력', '국제 교류 및 협력 강화와 인공지능 지식재산권 보호 공감대 형성', false from clause where number = 8;

insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('DEEP_LEARNING', 'Deep learning', '딥러닝', '深度学习', 1);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('SPEECH_RECOGNITION', 'Speech recognition', '음성 인식', '语音识别', 2);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('NLP', 'Natural language processing', '자연어 처리', '自然语言处理', 3);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('COMPUTER_VISION', 'Computer vision', '컴퓨터 비전', '计算机视觉', 4);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('AUTONOMOUS_DRIVING', 'Autonomous driving', '자율주행', '自动驾驶', 5);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('BODY_TEMPERATURE', 'AI body-temperature measurement', 'AI 체온 측정', 'AI体温测量', 6);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('IOT', 'Internet of Things', '사물인터넷', '物联网', 7);
insert into technology_area (code, name_en, name_ko, name_zh, sort_order) values ('OTHER', 'Other', '기타', '其他', 8);

insert into member_company (slug, name_en, name_zh, name_ko, sector, website, joined_on, status, role, description) values ('baidu', 'Baidu', '百度', '바이두', 'Internet / AI', 'https://www.baidu.com', date '2020-04-20', 'ACTIVE', 'LEAD', 'Lead company of the initiative. Reported about 100 patent applications on AI body-temperature measurement since 2016, commercialised in an AI temperature-screening system for COVID-19, with export and overseas patent management planned. Accumulated technology in deep learning, speech recognition, natural language processing and autonomous driving.');
insert into member_company (slug, name_en, name_zh, name_ko, sector, website, joined_on, status, role, description) values ('jd', 'JD.com', '京东', '징둥닷컴', 'E-commerce', 'https://www.jd.com', date '2020-04-20', 'ACTIVE', 'MEMBER', 'Named in the source article as a member of the initiative.');
insert into member_company (slug, name_en, name_zh, name_ko, sector, website, joined_on, status, role, description) values ('haier', 'Haier', '海尔', '하이얼', 'Home appliances / IoT', 'https://www.haier.com', date '2020-04-20', 'ACTIVE', 'MEMBER', 'Named in the source article as a member of the initiative. Signed a patent cooperation agreement with Baidu in June 2019.');

insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on) values (1, 'Baidu', 'baidu', 5712, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on) values (2, 'Tencent', null, 4115, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on) values (3, 'Microsoft', null, 3978, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01');
insert into reference_ranking (rank_no, company, member_slug, applications, scope, source, published_on) values (4, 'Samsung', null, 3407, 'AI patent applications in China', 'AI China Patent Technology Analysis Report, National Industrial Information Security Development Research Center (China), December 2019', date '2019-12-01');

insert into cooperation_agreement (title, signed_on, signed_precision, kind, description, source) values ('Baidu–Haier AI and IoT patent cooperation agreement', date '2019-06-01', 'MONTH', 'OTHER', 'Each party cooperates in the patent fields where it is strongest; the first AI + IoT patent cooperation between Chinese companies.', 'Korean news article of 21 April 2020 (see docs/sources.md)');
insert into agreement_party (agreement_id, member_id) select a.id, m.id from cooperation_agreement a, member_company m where a.title like 'Baidu%' and m.slug in ('baidu', 'haier');
insert into agreement_field (agreement_id, position, field) select id, 0, 'AI' from cooperation_agreement where title like 'Baidu%';
insert into agreement_field (agreement_id, position, field) select id, 1, 'IoT' from cooperation_agreement where title like 'Baidu%';
