-- A REJECTED outbox row keeps the hub's answer (CONFLICT, NOT_OWNER, QUARANTINED) and its reason
-- as a rule key with arguments, so the node shows it in Chinese; resent_at records a person's
-- "重新发送" (the row is PENDING again).
alter table outbox add column ack_status varchar(12) null;
alter table outbox add column reason_key varchar(100) null;
alter table outbox add column reason_args varchar(1000) null;
alter table outbox add column answered_at timestamp with time zone null;
alter table outbox add column resent_at timestamp with time zone null;
