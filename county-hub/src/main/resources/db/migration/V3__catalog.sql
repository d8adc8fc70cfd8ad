-- Published catalog versions (事项目录). A version is immutable once published: rows are only
-- ever inserted. The document is the JSON form of shared-model's CatalogDocument.
create table catalog_version (
	version integer not null,
	published_at timestamp with time zone not null,
	published_by varchar(64) not null,
	item_count integer not null,
	document text not null,
	constraint pk_catalog_version primary key (version),
	constraint ck_catalog_version_positive check (version > 0)
);
