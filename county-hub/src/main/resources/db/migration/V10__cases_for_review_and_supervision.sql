-- What the county's lists need from every case, kept in the projection beside the events
-- (written in the same transaction by CaseRepository), so that the reviewer's inbox, search
-- and the supervisor's dashboard never read or fold events: docs/adr/0020.
--
-- department: the deciding department of the case's item (from the catalog, at the time
-- the case's events were stored). township_node: the township that accepts the case (the
-- filing township, or a village's parent township once the case is handed to it).
alter table cases add column department varchar(100) null;
alter table cases add column township_node varchar(6) null;

-- Time-limit dates, as on the node (township-node V8): due date and first yellow day of each
-- limit, computed by the shared TimeLimitClock whenever the case's events are stored; null
-- while the clock has not started or is paused waiting for the applicant (clock_paused).
-- clock_stopped_on is the day the case was decided, refused or terminated: its colour is
-- then judged on that day. The colour itself is worked out in SQL against today.
alter table cases add column promised_due date null;
alter table cases add column promised_yellow_from date null;
alter table cases add column legal_due date null;
alter table cases add column legal_yellow_from date null;
alter table cases add column clock_stopped_on date null;
alter table cases add column clock_paused boolean default false not null;
alter table cases add column promised_limit_days integer default 0 not null;
-- working days the case took against its promised limit, once decided (pauses not counted)
alter table cases add column handling_days integer null;

alter table cases add column accepted_by varchar(64) null;
alter table cases add column accepted_by_name varchar(50) null;
alter table cases add column accepted_node varchar(6) null;
alter table cases add column decided_at timestamp with time zone null;
alter table cases add column decision_outcome varchar(10) null;
alter table cases add column delivered_at timestamp with time zone null;
alter table cases add column rating_level varchar(20) null;
alter table cases add column rated_at timestamp with time zone null;
-- the county's day of the rating, so ratings group by month in portable SQL
alter table cases add column rated_on date null;
alter table cases add column follow_up_due date null;
alter table cases add column follow_up_closed_at timestamp with time zone null;
-- when the hub first stored an event of the case (pushed or made here)
alter table cases add column hub_received_at timestamp with time zone null;

-- the reviewer's inbox: a department's open county cases by due date
create index ix_cases_department_status_due on cases (department, status, promised_due);
-- dashboard and search per township
create index ix_cases_township_status on cases (township_node, status);
create index ix_cases_township_filed on cases (township_node, filed_at);
-- search: newest first, by resident, by name, by item
create index ix_cases_filed_at on cases (filed_at);
create index ix_cases_resident_id on cases (resident_id);
create index ix_cases_applicant_name on cases (applicant_name);
create index ix_cases_item_filed on cases (item_code, filed_at);
-- handling time over a period, ratings over a period, follow-ups by deadline
create index ix_cases_decided_at on cases (decided_at);
create index ix_cases_rated_on on cases (rated_on);
create index ix_cases_follow_up_due on cases (follow_up_due);
