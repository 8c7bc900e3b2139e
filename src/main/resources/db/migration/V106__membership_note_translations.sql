-- A membership event's note in the site's three languages, as a member's sector and description are: the English
-- note is the one entered; the Korean and Chinese ones are the tracker's translations, shown marked as such. An
-- event entered through the form has its English note only, shown in Korean and Chinese as "English only".
alter table membership_event add column date_note_ko varchar(300);
alter table membership_event add column date_note_zh varchar(300);

update membership_event
set date_note_ko = '2020년 4월 20일 이니셔티브가 발표되었을 때의 회원사입니다. 출처는 그보다 이른 날짜를 밝히지 않습니다.',
    date_note_zh = '2020年4月20日倡议发布时即为成员；来源未给出更早的日期。'
where date_note = 'A member when the initiative was published on 20 April 2020; the source gives no earlier date.';
