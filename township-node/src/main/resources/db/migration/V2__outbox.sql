-- The transactional outbox: a case event and its outbox row are written in one transaction, and the
-- sync job pushes PENDING rows to the hub in seq order. Rows are never deleted here: SYNCED rows are
-- the proof of what the hub acknowledged, REJECTED rows wait for a person.
create table outbox (
	-- identity, not a timestamp: created_at comes from the node's clock, which may jump
	seq bigint generated always as identity,
	event_id uuid not null,
	case_id uuid not null,
	created_at timestamp with time zone not null,
	state varchar(12) default 'PENDING' not null,
	last_error varchar(500),
	constraint pk_outbox primary key (seq),
	constraint uk_outbox_event_id unique (event_id),
	constraint ck_outbox_state check (state in ('PENDING', 'UPLOADING', 'SYNCED', 'REJECTED'))
);

-- the drain reads "state = 'PENDING' order by seq limit n"
create index ix_outbox_state_seq on outbox (state, seq);
