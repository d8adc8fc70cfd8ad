-- Attachments (docs/sync-protocol.md 9), named by the SHA-256 of their content, kept in the
-- database so that every hub instance sees every chunk (docs/adr/0011). An upload appends
-- chunks in order; received counts the bytes held from the start.
create table attachment (
	sha256 varchar(64) not null,
	size bigint not null,
	received bigint not null,
	complete boolean not null,
	first_node varchar(6) not null,
	started_at timestamp with time zone not null,
	completed_at timestamp with time zone,
	constraint pk_attachment primary key (sha256),
	constraint ck_attachment_received check (received >= 0 and received <= size)
);

create table attachment_chunk (
	sha256 varchar(64) not null,
	chunk_offset bigint not null,
	content bytea not null,
	constraint pk_attachment_chunk primary key (sha256, chunk_offset),
	constraint fk_attachment_chunk_attachment foreign key (sha256) references attachment (sha256) on delete cascade
);
