-- The newsroom dictionary (新闻词典): names of people, bodies, places and products that search must keep whole.
-- Owned by the search module; a change triggers a background rebuild of the search index.

create table search_term (
    id ${id_pk},
    term varchar(40) not null,
    kind varchar(20) not null,
    created_at bigint not null
);
create unique index search_term_term_uk on search_term (term);
