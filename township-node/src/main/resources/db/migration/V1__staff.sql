-- Staff who log in at this node, with their roles. Until the hub syncs users down, each node seeds its own.
create table app_user (
	id uuid not null,
	username varchar(64) not null,
	display_name varchar(100) not null,
	password_hash varchar(200) not null,
	enabled boolean not null,
	node_code varchar(6) not null,
	department varchar(100),
	version bigint not null,
	constraint pk_app_user primary key (id),
	constraint uk_app_user_username unique (username)
);

create table app_user_role (
	user_id uuid not null,
	role varchar(20) not null,
	constraint pk_app_user_role primary key (user_id, role),
	constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
	-- the names of org.bianmin.model.staff.Role: a new role needs a migration, so no row holds a role the code can't read
	constraint ck_app_user_role_role check (role in ('PROXY_AGENT', 'WINDOW_CLERK', 'REVIEWER', 'SUPERVISOR', 'ADMIN'))
);
