-- The most-read rankings as last computed by one instance, shown by all: period DAY or WEEK, position from 1.
create table most_read_ranking (
    period varchar(4) not null,
    position integer not null,
    article_id bigint not null,
    views bigint not null,
    primary key (period, position)
);
