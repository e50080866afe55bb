-- ShedLock's lock table (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per job that must run once
-- cluster-wide, held until lock_until by the instance named in locked_by. Times are written by the instances'
-- clocks (SQLite has no server time ShedLock can use), so lock-at-most-for values leave room for clock drift.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
