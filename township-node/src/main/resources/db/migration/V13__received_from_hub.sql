-- The hub is authoritative for staff accounts (docs/sync-protocol.md, section 6.3). An account
-- seeded at this node before its first sync has from_hub false and gives way to the hub's
-- account of the same username, whatever the versions say.
alter table app_user add column from_hub boolean default false not null;

-- Likewise the catalog: the demo catalog a node loads before its first sync is a stand-in. The
-- first version received from the hub replaces it; from then on versions only accumulate.
alter table catalog_version add column received boolean default false not null;
