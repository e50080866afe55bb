-- Audit trail (审计日志): an append-only, hash-chained log of logins, failed logins, role changes, workflow
-- transitions and publication changes. Written only by the audit module; nothing in the application updates or
-- deletes a row. Each entry's hash covers its fields and the previous entry's hash (see docs/audit.md).

create table audit_entry (
    seq bigint not null primary key,
    occurred_at bigint not null,
    actor varchar(200) not null,
    action varchar(100) not null,
    subject varchar(200) not null,
    detail varchar(2000) not null,
    address varchar(64),
    prev_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_entry_occurred_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor, seq);
create index audit_entry_action_ix on audit_entry (action, seq);
create index audit_entry_subject_ix on audit_entry (subject, seq);
create index audit_entry_address_ix on audit_entry (address, seq);

-- The one row every append locks and moves forward: last sequence number and hash. Appending transactions
-- therefore queue here (on SQLite they already queue on the database's write lock), so the chain never forks.
create table audit_chain_head (
    id integer not null primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The database itself refuses to change or remove an entry. The trigger body differs between PostgreSQL (a
-- trigger function) and SQLite (RAISE in a trigger program); the placeholders are set by
-- system.FlywayDialectPlaceholders.
${append_only_function}
create trigger audit_entry_no_update before update on audit_entry for each row ${refuse_change};
create trigger audit_entry_no_delete before delete on audit_entry for each row ${refuse_change};
