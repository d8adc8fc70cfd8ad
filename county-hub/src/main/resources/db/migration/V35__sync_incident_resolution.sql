-- How a person at the hub resolved a kept incident (docs/sync-protocol.md 5.4): the choice, who
-- (user id in resolved_by, the name as it was in resolved_by_name), the reason in resolution, and
-- for ACCEPT_NODE the SYNC_RESOLVED case event that recorded the node's change again.
alter table sync_incident add column resolution_choice varchar(12);
alter table sync_incident add column resolved_by_name varchar(50);
alter table sync_incident add column accepted_as uuid;
alter table sync_incident add constraint ck_sync_incident_choice
	check (resolution_choice is null or resolution_choice in ('ACCEPT_NODE', 'KEEP_HUB', 'DISCARD'));

-- the sync-health screen counts open incidents per node and answer
create index ix_sync_incident_node_open on sync_incident (node_code, resolved_at, status);

-- A resolution reaches the sending node as a feed entry of its own kind (ref = the incident id).
-- The kind check is dropped rather than re-listed: other migrations add kinds too, and a list
-- repeated here would drop theirs; FeedRepository.Kind is the list of kinds.
alter table feed_entry drop constraint ck_feed_entry_kind;
