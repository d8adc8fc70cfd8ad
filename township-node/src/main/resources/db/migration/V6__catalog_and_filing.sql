-- The catalog versions this node holds, each as its JSON document (CatalogDocument). Versions are
-- immutable once published; the highest number is the current one.
create table catalog_version (
	version integer not null,
	document text not null,
	loaded_at timestamp with time zone not null,
	constraint pk_catalog_version primary key (version)
);

-- The last query-code sequence number this node issued per day (QueryCode: node, date, sequence).
-- Interim: filing's own issuer until the casework issuer (V4) is merged; see filing.QueryCodeIssuer.
create table filing_code_sequence (
	issued_on date not null,
	last_sequence integer not null,
	constraint pk_filing_code_sequence primary key (issued_on)
);
