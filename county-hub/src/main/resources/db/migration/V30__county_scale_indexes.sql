-- Indexes found wanting by the county benchmark (docs/benchmarks.md, "County hub at county
-- scale": 1,000,000 generated cases). Portable (H2 in MODE=PostgreSQL and PostgreSQL).

-- Yellow cases (search, dashboard): only running cases are ever yellow (CaseListQuery.is),
-- so the colour filter reads the running cases due from today on, not every case of the
-- county's years.
create index if not exists ix_cases_running_due on cases (clock_stopped_on, promised_due);

-- The reviewer's inbox: the hub's own cases of one department, most urgent first. V10's
-- (department, status, promised_due) served it through the department alone once the
-- statuses are a list (H2 reads no IN list beyond an index's first column): every case the
-- department ever had, 230,000 of a million. Department and owner narrow it to the few
-- thousand the hub holds (its inbox, follow-ups handed to it), already in due-date order.
drop index if exists ix_cases_department_status_due;
create index if not exists ix_cases_department_owner_due on cases (department, owner_node, promised_due);
