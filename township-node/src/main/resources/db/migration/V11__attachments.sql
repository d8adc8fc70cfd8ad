-- Scans of materials, content-addressed: the file lives under <data-dir>/attachments/<first 2>/<sha256>
-- and this row says what the node knows of it. PENDING: held here, not yet at the hub; UPLOADED:
-- held here and complete at the hub; REMOTE: named by a pulled event, content not fetched yet.
create table attachment (
	sha256 varchar(64) not null,
	size bigint not null,
	media_type varchar(80) not null,
	file_name varchar(255) not null,
	state varchar(10) not null,
	created_at timestamp with time zone not null,
	constraint pk_attachment primary key (sha256),
	constraint ck_attachment_state check (state in ('PENDING', 'UPLOADED', 'REMOTE'))
);

create index ix_attachment_state on attachment (state);
