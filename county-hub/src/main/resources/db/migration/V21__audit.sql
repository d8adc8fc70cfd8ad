-- Every administrator's action at the hub (catalog, holidays, users), written in the same
-- transaction as the change it records; rows are only ever inserted.
create table audit_entry (
	id uuid not null,
	at timestamp with time zone not null,
	actor_id varchar(64) not null,
	actor_name varchar(100) not null,
	action varchar(40) not null,
	target varchar(200) not null,
	details varchar(2000) not null,
	constraint pk_audit_entry primary key (id)
);

create index ix_audit_entry_at on audit_entry (at);
