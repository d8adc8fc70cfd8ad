-- A refused event the county resolved (docs/sync-protocol.md 5.4) becomes RESOLVED: it leaves the
-- problem list, is never sent again, and keeps how the county resolved it.
alter table outbox drop constraint ck_outbox_state;
alter table outbox add constraint ck_outbox_state
	check (state in ('PENDING', 'UPLOADING', 'SYNCED', 'REJECTED', 'RESOLVED'));
alter table outbox add column resolution_choice varchar(12) null;
alter table outbox add column resolution_reason varchar(500) null;
alter table outbox add column resolved_by varchar(50) null;
alter table outbox add column resolved_at timestamp with time zone null;
-- ACCEPT_NODE: the county's SYNC_RESOLVED event that recorded the change again
alter table outbox add column accepted_as uuid null;
