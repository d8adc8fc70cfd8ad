-- Indexes found missing by the county benchmark (docs/benchmarks.md, "County hub at county
-- scale": 1,000,000 generated cases). Portable (H2 in MODE=PostgreSQL and PostgreSQL);
-- "if not exists" so that a database where they were tried out by hand migrates as well.

-- Yellow cases (search, dashboard): only running cases are ever yellow (CaseListQuery.is),
-- so the colour filter reads the running cases due from today on, not every case of the
-- county's years.
create index if not exists ix_cases_running_due on cases (clock_stopped_on, promised_due);

-- The reviewer's inbox: the hub's own cases of one department, most urgent first. The
-- owner narrows a department's hundreds of thousands of cases to the few thousand the
-- hub holds (its inbox and the follow-ups handed to it), in due-date order.
create index if not exists ix_cases_owner_department_due on cases (owner_node, department, promised_due);
