-- Holiday arrangements (节假日安排) an administrator published, one row per publication: a
-- year published again (the State Council amends a notice now and then) gets the next
-- revision, and the latest revision of a year is the one in effect. Rows are only ever
-- inserted. The document is the JSON form of shared-model's HolidayYear. A published year
-- replaces the same year shipped with shared-model.
create table holiday_year (
	calendar_year integer not null,
	revision integer not null,
	document text not null,
	published_at timestamp with time zone not null,
	published_by varchar(64) not null,
	constraint pk_holiday_year primary key (calendar_year, revision),
	constraint ck_holiday_year_year check (calendar_year between 2000 and 2099),
	constraint ck_holiday_year_revision check (revision > 0)
);
