-- PostgreSQL only (H2 has no operator classes and reads a name's beginning from
-- ix_cases_applicant_name as a range by itself). Search by the beginning of a name
-- (applicant_name LIKE '王%', CaseListQuery.resident) cannot use V10's ix_cases_applicant_name
-- under a linguistic collation: PostgreSQL read all 1,000,000 cases of the county benchmark
-- for one surname. varchar_pattern_ops compares character by character, which LIKE's prefix
-- needs (docs/benchmarks.md, "County hub at county scale").
create index if not exists ix_cases_applicant_name_prefix on cases (applicant_name varchar_pattern_ops);
