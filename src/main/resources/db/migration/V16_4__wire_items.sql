-- News items taken in from wires (ninjs, NewsML-G2): one row per item guid, holding the version last taken in and
-- the draft it became. A delivery whose version is not newer than the stored one is a duplicate and changes
-- nothing; a newer version updates the draft while it is still a draft.
create table wire_item (
    id ${id_pk},
    guid varchar(500) not null,
    item_version integer not null,
    article_id bigint not null references article (id),
    format varchar(10) not null,
    received_at bigint not null,
    updated_at bigint not null
);
create unique index wire_item_guid_ux on wire_item (guid);
