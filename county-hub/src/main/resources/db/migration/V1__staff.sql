-- Staff and their roles. Portable SQL: the same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.
-- Every constraint is named, so the keys jOOQ generates and the errors a database reports read the same on both.
create table app_user (
	id uuid not null,
	username varchar(64) not null,
	display_name varchar(100) not null,
	password_hash varchar(200) not null,
	enabled boolean not null,
	-- the place the user works at: the hub's own code for county staff; becomes a reference to node once nodes are registered
	node_code varchar(6) not null,
	-- the department a county reviewer decides for (县民政局 ...); null for staff who serve every department
	department varchar(100),
	version bigint not null,
	constraint pk_app_user primary key (id),
	constraint uk_app_user_username unique (username),
	constraint ck_app_user_version check (version >= 0)
);

create table app_user_role (
	user_id uuid not null,
	role varchar(20) not null,
	constraint pk_app_user_role primary key (user_id, role),
	constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
	constraint ck_app_user_role_role check (role in ('PROXY_AGENT', 'WINDOW_CLERK', 'REVIEWER', 'SUPERVISOR', 'ADMIN'))
);
