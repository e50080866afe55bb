-- Staff sessions in the database (Spring Session JDBC, spring.session.jdbc.table-name=staff_session), so every
-- instance sees every session and a restart or deploy logs nobody out. Columns as JdbcIndexedSessionRepository's
-- queries name them (its schema-postgresql.sql and schema-sqlite.sql, lower case, under our table name); times
-- are epoch milliseconds. Expired rows are deleted by Spring Session's cleanup (spring.session.jdbc.cleanup-cron).
create table staff_session (
    primary_id char(36) not null primary key,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100)
);

create unique index staff_session_ix1 on staff_session (session_id);
create index staff_session_ix2 on staff_session (expiry_time);
create index staff_session_ix3 on staff_session (principal_name);

-- One row per session attribute (the security context, the CSRF token, the login time and account generation),
-- Java-serialised. "bytea" is PostgreSQL's binary type; SQLite stores the bytes as the blob they are sent as
-- (a type name it does not know gives NUMERIC affinity, which converts text only, never a blob). The cascade
-- needs foreign_keys=true on SQLite, which the datasource URL sets.
create table staff_session_attributes (
    session_primary_id char(36) not null references staff_session (primary_id) on delete cascade,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    primary key (session_primary_id, attribute_name)
);
