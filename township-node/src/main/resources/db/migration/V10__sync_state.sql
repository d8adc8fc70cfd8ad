-- Where this node stands with the hub (docs/sync-protocol.md, sections 6-8, 10). One row, id 1.
-- The cursor moves in the transaction that applies a feed page, so it never runs ahead of what
-- the node holds. outbox_seq_floor keeps the hub's hubOutboxSeq after a NODE_BEHIND resync: the
-- node then reports at least that position, even before it has made a new event.
create table sync_state (
	id integer not null,
	feed_cursor bigint not null,
	rebuilding boolean not null,
	outbox_seq_floor bigint not null,
	last_success_at timestamp with time zone null,
	last_attempt_at timestamp with time zone null,
	-- OFFLINE for an unreachable hub, else a SyncRefusal code or a local code; null after a success
	last_error_code varchar(40) null,
	last_error_detail varchar(1000) null,
	consecutive_failures integer not null,
	next_attempt_at timestamp with time zone null,
	-- hub clock minus this node's clock, measured at every answer (section 7)
	clock_offset_ms bigint null,
	clock_measured_at timestamp with time zone null,
	clock_flagged boolean not null,
	constraint pk_sync_state primary key (id),
	constraint ck_sync_state_one_row check (id = 1)
);

insert into sync_state (id, feed_cursor, rebuilding, outbox_seq_floor, consecutive_failures, clock_flagged)
values (1, 0, false, 0, 0, false);

-- Disagreements found while applying the feed: the node keeps its own event and shows the
-- problem to staff (section 6.3). Never deleted; resolved_at is set when a person has seen to it.
create table sync_problem (
	id uuid not null,
	case_id uuid not null,
	sequence integer not null,
	local_event_id uuid null,
	hub_event_id uuid not null,
	reason_key varchar(100) not null,
	reason_args varchar(1000) not null,
	recorded_at timestamp with time zone not null,
	constraint pk_sync_problem primary key (id),
	-- the same disagreement found again on a re-applied page is the same problem
	constraint uk_sync_problem_hub_event unique (hub_event_id)
);
