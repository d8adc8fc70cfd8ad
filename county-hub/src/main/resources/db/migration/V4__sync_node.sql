-- Registered nodes (节点管理, docs/sync-protocol.md 3.1). A node's row is also the counter of its
-- feed: feed_seq is the last position handed out, and a transaction that appends to the node's
-- feed updates it first and holds the row lock until it commits (6.2, docs/adr/0010).
create table sync_node (
	code varchar(6) not null,
	node_level varchar(10) not null,
	parent_township varchar(6),
	name varchar(100) not null,
	-- the secret as issued (see docs/operations.md: kept in plain text for now, so that the
	-- hub can compute the HMAC; protect the database and its backups accordingly)
	secret varchar(64) not null,
	enabled boolean not null,
	registered_at timestamp with time zone not null,
	secret_rotated_at timestamp with time zone not null,
	feed_seq bigint not null,
	-- the highest outbox position the hub has stored from the node (NODE_BEHIND, section 8)
	last_outbox_seq bigint not null,
	constraint pk_sync_node primary key (code),
	constraint fk_sync_node_parent foreign key (parent_township) references sync_node (code),
	constraint ck_sync_node_level check (node_level in ('TOWNSHIP', 'VILLAGE')),
	constraint ck_sync_node_parent check ((node_level = 'VILLAGE' and parent_township is not null)
		or (node_level = 'TOWNSHIP' and parent_township is null)),
	constraint ck_sync_node_counters check (feed_seq >= 0 and last_outbox_seq >= 0)
);

-- What the hub last heard from a node: written by every accepted request. Kept apart from
-- sync_node on purpose: sync_node's row is the feed counter that push transactions of OTHER
-- nodes lock while they fan out to this node's feed; writing the contact time there would
-- make every request of the node wait for those transactions.
create table sync_node_status (
	node_code varchar(6) not null,
	last_contact_at timestamp with time zone,
	-- the node's raw clock minus the hub's, measured at the last request
	clock_skew_ms bigint,
	reported_at timestamp with time zone,
	report_cursor bigint,
	report_outbox_seq bigint,
	report_pending_events integer,
	report_rejected_events integer,
	report_pending_attachments integer,
	report_catalog_version integer,
	constraint pk_sync_node_status primary key (node_code),
	constraint fk_sync_node_status_node foreign key (node_code) references sync_node (code)
);
