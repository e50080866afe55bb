-- Change signals between instances on one database (docs/operations.md, "Scaling out"). After a change commits,
-- the instance that made it appends a row: the topic (pages, channels, site-settings, review-levels, ...) and a
-- detail (for pages: the space-separated page tags, or * for everything). Every instance reads the rows of the
-- others by id about once a second, reloads its in-memory snapshot of the topic or evicts the tagged pages. Rows
-- are pruned after an hour. Replaces page_invalidation, which carried the page tags only.

create table change_signal (
    id ${id_pk},
    created_at bigint not null,
    origin varchar(100) not null,
    topic varchar(100) not null,
    detail text not null
);
create index change_signal_created_ix on change_signal (created_at);

drop table page_invalidation;
