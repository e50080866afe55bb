-- Core content model. One file for SQLite and PostgreSQL: the only dialect
-- difference (auto-generated primary keys) is the ${id_pk} placeholder, set by
-- system.FlywayDialectPlaceholders. Instants are epoch milliseconds (bigint),
-- calendar dates ISO-8601 text (yyyy-MM-dd), so both databases sort and compare
-- them the same way.

create table channel (
    id ${id_pk},
    parent_id bigint references channel (id),
    name varchar(60) not null,
    slug varchar(60) not null,
    path varchar(400) not null,
    position integer not null default 0,
    description varchar(500),
    visible boolean not null default true,
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index channel_path_uk on channel (path);
create index channel_parent_ix on channel (parent_id, position);

create table newspaper (
    id ${id_pk},
    name varchar(80) not null,
    slug varchar(60) not null,
    description varchar(500),
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index newspaper_slug_uk on newspaper (slug);

create table newspaper_issue (
    id ${id_pk},
    newspaper_id bigint not null references newspaper (id),
    issue_date varchar(10) not null,
    issue_number integer,
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index newspaper_issue_date_uk on newspaper_issue (newspaper_id, issue_date);

create table newspaper_page (
    id ${id_pk},
    issue_id bigint not null references newspaper_issue (id),
    number integer not null,
    name varchar(40) not null,
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index newspaper_page_number_uk on newspaper_page (issue_id, number);

create table series (
    id ${id_pk},
    name varchar(100) not null,
    slug varchar(60) not null,
    description varchar(1000),
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index series_slug_uk on series (slug);

create table image (
    id ${id_pk},
    hash varchar(64) not null,
    media_type varchar(20) not null,
    extension varchar(5) not null,
    width integer not null,
    height integer not null,
    byte_size bigint not null,
    alt varchar(200),
    caption varchar(300),
    credit varchar(100),
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create unique index image_hash_uk on image (hash);
create index image_created_ix on image (created_at);

create table article (
    id ${id_pk},
    channel_id bigint not null references channel (id),
    kicker varchar(200),
    title varchar(200) not null,
    subtitle varchar(200),
    summary varchar(1000),
    body_html text not null,
    source_name varchar(100),
    source_url varchar(500),
    rights varchar(10) not null,
    original_outlet varchar(100),
    original_author varchar(100),
    original_title varchar(200),
    original_url varchar(500),
    lead_image_id bigint references image (id),
    lead_image_caption varchar(300),
    lead_image_credit varchar(100),
    series_id bigint references series (id),
    series_part integer,
    page_id bigint references newspaper_page (id),
    responsible_editor varchar(60),
    status varchar(20) not null,
    unpublish_reason varchar(500),
    url_date varchar(10),
    created_at bigint not null,
    updated_at bigint not null,
    published_at bigint,
    version integer not null default 0
);
create index article_status_published_ix on article (status, published_at);
create index article_channel_published_ix on article (channel_id, status, published_at);
create index article_series_ix on article (series_id, series_part);
create index article_page_ix on article (page_id);
create index article_lead_image_ix on article (status, published_at) where lead_image_id is not null;
create index article_updated_ix on article (updated_at);

create table article_byline (
    article_id bigint not null references article (id) on delete cascade,
    position integer not null,
    role varchar(20) not null,
    name varchar(60) not null,
    primary key (article_id, position)
);

create table article_tag (
    article_id bigint not null references article (id) on delete cascade,
    tag varchar(40) not null,
    primary key (article_id, tag)
);
create index article_tag_ix on article_tag (tag);

create table site_setting (
    name varchar(60) primary key,
    value text not null,
    updated_at bigint not null
);

create table api_token (
    id ${id_pk},
    name varchar(60) not null,
    token_hash varchar(64) not null,
    token_prefix varchar(12) not null,
    role varchar(30) not null,
    created_at bigint not null,
    last_used_at bigint,
    revoked_at bigint
);
create unique index api_token_hash_uk on api_token (token_hash);
