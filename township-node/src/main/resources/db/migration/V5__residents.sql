-- The resident register of this node's area. The resident ID number is the natural key (one row per
-- person); id is the internal handle that screens put in URLs, so that an ID number never appears in one.
create table resident (
	id uuid not null,
	resident_id varchar(18) not null,
	-- PersonName allows 50 code points; a rare character beyond the BMP takes two UTF-16 units
	name varchar(100) not null,
	phone varchar(20) null,
	village varchar(50) not null,
	disabled boolean not null,
	pregnant boolean not null,
	node_code varchar(6) not null,
	registered_at timestamp with time zone not null,
	registered_by varchar(64) not null,
	version bigint not null,
	constraint pk_resident primary key (id),
	constraint uk_resident_resident_id unique (resident_id)
);

create index ix_resident_name on resident (name);
create index ix_resident_phone on resident (phone);

-- A resident's standing authorisation (长期委托), kept so that an agent can reuse it for later cases.
-- One per resident: recording a new one replaces the old. This-case authorisations live on their case.
create table resident_standing_authorisation (
	resident uuid not null,
	given_on date not null,
	form varchar(20) not null,
	witness varchar(100) null,
	recorded_at timestamp with time zone not null,
	recorded_by varchar(64) not null,
	constraint pk_resident_standing_authorisation primary key (resident),
	constraint fk_resident_standing_authorisation_resident foreign key (resident) references resident (id),
	constraint ck_resident_standing_authorisation_form check (form in ('SIGNED_PAPER', 'FINGERPRINT', 'WITNESSED_VERBAL'))
);
