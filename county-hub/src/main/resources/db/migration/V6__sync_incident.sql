-- Pushed events the hub did not store (CONFLICT, NOT_OWNER, QUARANTINED: docs/sync-protocol.md
-- 5.1), kept with their answer for a person to resolve. One row per event id and content: an
-- event sent again updates its row (last_received_at, times_received, the latest answer).
create table sync_incident (
	id uuid not null,
	event_id uuid not null,
	-- SHA-256 of the content as the hub serialises it: with event_id the key of "kept once"
	content_sha256 varchar(64) not null,
	node_code varchar(6) not null,
	-- null when the event was too broken to read its case
	case_id uuid,
	sequence integer,
	status varchar(12) not null,
	reason_key varchar(100) not null,
	-- the reason's arguments as a JSON array of strings
	reason_args text not null,
	content text not null,
	first_received_at timestamp with time zone not null,
	last_received_at timestamp with time zone not null,
	times_received integer not null,
	resolved_at timestamp with time zone,
	resolved_by varchar(64),
	resolution varchar(500),
	constraint pk_sync_incident primary key (id),
	constraint uk_sync_incident_event_content unique (event_id, content_sha256),
	constraint ck_sync_incident_status check (status in ('CONFLICT', 'NOT_OWNER', 'QUARANTINED'))
);

create index ix_sync_incident_received on sync_incident (last_received_at);
