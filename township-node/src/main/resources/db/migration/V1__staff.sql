create table app_user (
	id uuid not null,
	username varchar(64) not null,
	display_name varchar(100) not null,
	password_hash varchar(200) not null,
	enabled boolean not null,
	constraint pk_app_user primary key (id),
	constraint uk_app_user_username unique (username)
);
