-- Durable CDN/proxy purges: one row per purge URL (endpoint template with the page's path filled in), worked by any
-- instance. A PENDING row is due at next_attempt_at; a worker claims it by counting the attempt and moving
-- next_attempt_at to the end of its lease (so a crashed worker's claim expires). A sent purge is deleted; after the
-- last attempt the row stays as FAILED (the dead letters an administrator retries or discards).
create table purge_request (
    id ${id_pk},
    url varchar(2000) not null,
    status varchar(10) not null,
    attempts integer not null default 0,
    next_attempt_at bigint not null,
    last_error varchar(500),
    created_at bigint not null,
    failed_at bigint
);
create index purge_request_due_ix on purge_request (status, next_attempt_at);
