-- Most-read counts (热点排行): views per article per calendar day in the site time zone. No visitor data at all:
-- the beacon adds to a counter in memory and a batch adds the counters here.

create table article_view_day (
    day varchar(10) not null,
    article_id bigint not null,
    views bigint not null,
    primary key (day, article_id)
);
