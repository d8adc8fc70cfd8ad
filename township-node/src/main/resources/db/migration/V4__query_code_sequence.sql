-- The node's query-code sequence per day (docs/adr/0004): a query code is unique county-wide
-- because node codes are unique and a node never issues the same (day, sequence) twice. One row
-- per day the node issued codes on; last_sequence is the last number handed out that day.
-- The increment runs in the transaction that stores the case, so a rolled-back filing gives its
-- number back and no number is ever held by two stored cases.
create table query_code_sequence (
	issued_on date not null,
	last_sequence integer not null,
	constraint pk_query_code_sequence primary key (issued_on),
	constraint ck_query_code_sequence_positive check (last_sequence >= 1)
);
