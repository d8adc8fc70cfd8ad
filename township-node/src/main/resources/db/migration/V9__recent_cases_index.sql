-- The home page lists the most recently changed cases (CaseSummaryQuery: order by
-- last_changed_at desc limit 10) at every login: read it from an index instead of sorting the
-- whole cases table.
create index ix_cases_last_changed_at on cases (last_changed_at);
