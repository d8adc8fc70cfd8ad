-- The queue filters and sorts by time-limit colour in SQL, so the projection keeps each
-- case's due dates and the first day it turns yellow (computed by the shared TimeLimitClock
-- whenever the case's events are stored). They are null while the clock has not started or
-- is stopped waiting for the applicant (clock_paused). clock_stopped_on is the day a case
-- was decided, refused or terminated: its colour is then judged on that day, not today.
alter table cases add column promised_due date null;
alter table cases add column promised_yellow_from date null;
alter table cases add column legal_due date null;
alter table cases add column legal_yellow_from date null;
alter table cases add column clock_stopped_on date null;
alter table cases add column clock_paused boolean default false not null;

create index ix_cases_filed_at on cases (filed_at);
create index ix_cases_promised_due on cases (promised_due);

-- A/B post (AB岗): a window clerk names a backup who covers their cases from one day to
-- another (inclusive; open-ended when active_until is null). Ending a post sets
-- active_until; rows are never deleted, so who covered whom stays on record.
create table ab_post (
	id uuid not null,
	clerk_id varchar(64) not null,
	clerk_name varchar(50) not null,
	backup_id varchar(64) not null,
	backup_name varchar(50) not null,
	active_from date not null,
	active_until date null,
	created_at timestamp with time zone not null,
	constraint pk_ab_post primary key (id)
);

create index ix_ab_post_backup on ab_post (backup_id);
