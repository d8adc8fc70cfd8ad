-- A/B post (AB岗) at the hub: the account record names a staff member's backup (B岗), a
-- colleague at the same place who covers for them when they are away. Nodes keep the
-- dated cover periods themselves; the hub keeps only who backs up whom and sends it down
-- with the users.
create table staff_backup (
	user_id uuid not null,
	backup_id uuid not null,
	constraint pk_staff_backup primary key (user_id),
	constraint fk_staff_backup_user foreign key (user_id) references app_user (id) on delete cascade,
	constraint fk_staff_backup_backup foreign key (backup_id) references app_user (id) on delete cascade,
	constraint ck_staff_backup_not_self check (user_id <> backup_id)
);
