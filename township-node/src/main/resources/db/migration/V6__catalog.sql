-- The catalog versions this node holds, each as its JSON document (CatalogDocument). Versions are
-- immutable once published; the highest number is the current one.
create table catalog_version (
	version integer not null,
	document text not null,
	loaded_at timestamp with time zone not null,
	constraint pk_catalog_version primary key (version)
);
