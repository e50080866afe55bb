-- Cross-instance page invalidation (docs/caching.md, "Several instances"). Every instance appends the tags it
-- evicts right after the change commits; every instance reads the rows other instances appended (polling by id,
-- about once a second) and evicts the same tags from its own page cache. Rows are pruned after an hour.
-- tags: space-separated page tags (article:42 teaser:42 list:channel:3 ...), or * for "everything".

create table page_invalidation (
    id ${id_pk},
    created_at bigint not null,
    origin varchar(100) not null,
    tags text not null
);
create index page_invalidation_created_ix on page_invalidation (created_at);

-- The article sitemap's blocks (ids in [block * 10000, (block + 1) * 10000)) that hold published articles, with
-- the newest change in each: the sitemap index reads this small table instead of grouping every published
-- article. Kept up to date in the transaction of every publication, revision and take-down.

create table sitemap_block (
    block bigint primary key,
    modified bigint not null
);

insert into sitemap_block (block, modified)
select id / 10000, max(updated_at) from article where status = 'PUBLISHED' group by id / 10000;
