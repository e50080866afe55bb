-- Old addresses of an imported site (WordPress permalinks, ?p=ID links, attachment pages) that answer 301 with the
-- new address. old_path is normalised by redirect.OldPaths: percent-decoded UTF-8, lower case, no trailing slash,
-- and for query links only the one parameter that names the post ("/?p=12"). origin says what recorded it.
create table old_address (
    id ${id_pk},
    old_path varchar(1000) not null,
    target_path varchar(300) not null,
    origin varchar(40) not null,
    created_at bigint not null
);
create unique index old_address_path_uk on old_address (old_path);
