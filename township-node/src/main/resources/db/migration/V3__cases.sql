-- Case events are the source of truth (docs/adr/0002); cases is their projection, written in the
-- same transaction, for lists and queues. Both are append/update only through CaseRepository.
create table case_event (
	id uuid not null,
	case_id uuid not null,
	sequence integer not null,
	event_type varchar(40) not null,
	node_code varchar(6) not null,
	actor_id varchar(64) not null,
	recorded_at timestamp with time zone not null,
	schema_version integer not null,
	body text not null,
	constraint pk_case_event primary key (id),
	constraint uk_case_event_case_sequence unique (case_id, sequence)
);

create table cases (
	id uuid not null,
	version integer not null,
	query_code varchar(24) not null,
	status varchar(20) not null,
	owner_node varchar(6) not null,
	filed_node varchar(6) not null,
	item_code varchar(32) not null,
	item_name varchar(200) not null,
	catalog_version integer not null,
	applicant_name varchar(100) not null,
	resident_id varchar(18) not null,
	village varchar(50) not null,
	channel varchar(20) not null,
	filed_by varchar(64) not null,
	filed_at timestamp with time zone not null,
	accepted_at timestamp with time zone null,
	last_changed_at timestamp with time zone not null,
	constraint pk_cases primary key (id),
	constraint uk_cases_query_code unique (query_code)
);

create index ix_cases_status on cases (status);
create index ix_cases_owner_node on cases (owner_node);
