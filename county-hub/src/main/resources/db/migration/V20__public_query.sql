-- Failed checks at the public progress query (一码查进程), per client, for the rate limit.
-- The client is kept only as a salted hash of its address, never the address itself. Rows
-- older than the limit's window are deleted as new ones arrive, so the table stays bounded
-- by the failures of one window. Portable SQL (H2 in MODE=PostgreSQL and PostgreSQL).
create table public_query_failure (
	id uuid not null,
	client_key varchar(64) not null,
	failed_at timestamp with time zone not null,
	constraint pk_public_query_failure primary key (id)
);

create index ix_public_query_failure_client on public_query_failure (client_key, failed_at);
create index ix_public_query_failure_at on public_query_failure (failed_at);
