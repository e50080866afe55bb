-- The article change sequence (docs/search.md, "Catching up"). Every transaction that changes an article (create,
-- save, submit, approve, publish, revise, unpublish, take down, move to another channel, new bylines or tags)
-- appends a row in the same transaction; the id only grows. Each search index records up to which id it has
-- applied every change and follows the rows from there, whatever the instances' clocks say. Owned by the article
-- module; rows older than masthead.search.change-retention are pruned, the newest of them always kept.
create table article_change (
    id ${id_pk},
    article_id bigint not null,
    changed_at bigint not null
);
create index article_change_changed_ix on article_change (changed_at);

-- An existing database starts its sequence at its newest article, so an index built now records a position
-- above zero (zero means "no position": such an index is rebuilt).
insert into article_change (article_id, changed_at)
    select id, updated_at from article where id = (select max(id) from article);

-- The newsroom dictionary's version: one row, raised in the transaction of every term added or removed. Each index
-- records the version it was built with; an instance rebuilds when the database's differs. Owned by search.
create table search_dictionary_version (
    id integer primary key,
    version bigint not null
);
insert into search_dictionary_version (id, version) values (1, 1);
