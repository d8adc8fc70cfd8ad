-- The county's working draft of the next catalog version: one draft at a time (id 1),
-- stored so that an administrator's edits survive a restart and another administrator sees
-- them. The document is the JSON form of shared-model's CatalogDocument; every item in it
-- passed the item rules when it was saved. Publishing turns it into catalog_version rows
-- and deletes it. revision guards against two administrators overwriting each other.
create table catalog_draft (
	id integer not null,
	based_on integer null,
	document text not null,
	revision bigint not null,
	updated_at timestamp with time zone not null,
	updated_by varchar(64) not null,
	constraint pk_catalog_draft primary key (id),
	constraint ck_catalog_draft_single check (id = 1),
	constraint ck_catalog_draft_revision check (revision > 0)
);
