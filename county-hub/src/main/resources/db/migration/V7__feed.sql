-- Each node's pull feed (docs/sync-protocol.md 6): positions 1, 2, 3 ... per node without gaps,
-- numbered from sync_node.feed_seq under its row lock (6.2, docs/adr/0010). An entry points at
-- what it delivers (a range of a case's events, a catalog version, a staff account); the content
-- is read when the node pulls.
create table feed_entry (
	node_code varchar(6) not null,
	seq bigint not null,
	kind varchar(20) not null,
	case_id uuid,
	from_sequence integer,
	to_sequence integer,
	-- true when every event of the range was recorded by the feed's own node: a normal pull
	-- skips it by index, a rebuild (rebuild=true) reads it
	own boolean not null,
	-- the catalog version or the staff account id
	ref varchar(64),
	created_at timestamp with time zone not null,
	constraint pk_feed_entry primary key (node_code, seq),
	constraint fk_feed_entry_node foreign key (node_code) references sync_node (code),
	constraint ck_feed_entry_kind check (kind in ('CASE_EVENTS', 'CATALOG_PUBLISHED', 'STAFF_ACCOUNT'))
);

-- a normal pull reads the entries that are not the node's own, in position order
create index ix_feed_entry_others on feed_entry (node_code, own, seq);

-- Which nodes are interested in a case (6.1) and the last sequence each was sent.
create table feed_case_interest (
	case_id uuid not null,
	node_code varchar(6) not null,
	last_sequence integer not null,
	constraint pk_feed_case_interest primary key (case_id, node_code)
);
