-- Nonces of accepted sync requests (docs/sync-protocol.md 3.4, check 9). The primary key makes
-- "check and record" one atomic insert, so two hub instances cannot both accept one request.
-- Rows older than twice the signature window are pruned: a request that old fails the
-- timestamp check anyway.
create table sync_nonce (
	node_code varchar(6) not null,
	nonce varchar(32) not null,
	seen_at timestamp with time zone not null,
	constraint pk_sync_nonce primary key (node_code, nonce)
);

create index ix_sync_nonce_seen_at on sync_nonce (seen_at);
