-- Reader comments (pre-moderated: 先审后发) and the sensitive-word lexicon.
-- lexicon_term belongs to the lexicon module; everything else to the comment module.

create table lexicon_term (
    id ${id_pk},
    term varchar(200) not null,
    folded varchar(200) not null,
    tier varchar(10) not null,
    created_at bigint not null,
    updated_at bigint not null,
    updated_by varchar(100) not null
);
create unique index lexicon_term_folded_uk on lexicon_term (folded);

-- Moderation mode per channel (PRE_MODERATION when a channel and its ancestors have no row).
create table comment_channel_setting (
    channel_id bigint primary key references channel (id),
    mode varchar(20) not null,
    links_allowed boolean not null default false,
    updated_at bigint not null,
    updated_by varchar(100) not null
);

-- client_address and client_fingerprint are for limits and bans only; they are never shown to readers.
-- body_hash is the SHA-256 of the folded text: the same client cannot post the same text twice on one article.
create table reader_comment (
    id ${id_pk},
    article_id bigint not null references article (id),
    channel_id bigint not null,
    nickname varchar(100) not null,
    body text not null,
    contact varchar(400),
    state varchar(10) not null,
    flagged boolean not null default false,
    report_count integer not null default 0,
    held_for varchar(1000),
    body_hash varchar(64) not null,
    client_address varchar(45) not null,
    client_fingerprint varchar(64) not null,
    created_at bigint not null,
    decided_at bigint,
    decided_by varchar(100),
    reject_reason varchar(20),
    reject_note varchar(400),
    version integer not null default 0
);
create index reader_comment_article_ix on reader_comment (article_id, state, created_at);
create index reader_comment_state_ix on reader_comment (state, created_at);
create index reader_comment_address_ix on reader_comment (client_address, state);
create index reader_comment_hash_ix on reader_comment (body_hash, created_at);
create unique index reader_comment_once_uk on reader_comment (article_id, client_address, body_hash);

-- Who did what to a comment, oldest first: posted, approved, rejected, reported.
create table comment_event (
    id ${id_pk},
    comment_id bigint not null references reader_comment (id),
    action varchar(20) not null,
    actor varchar(100) not null,
    detail varchar(500),
    at bigint not null
);
create index comment_event_comment_ix on comment_event (comment_id, id);

-- One report per comment and client fingerprint.
create table comment_report (
    comment_id bigint not null references reader_comment (id),
    client_fingerprint varchar(64) not null,
    at bigint not null,
    primary key (comment_id, client_fingerprint)
);

create table comment_ban (
    id ${id_pk},
    kind varchar(12) not null,
    value varchar(64) not null,
    reason varchar(400),
    created_at bigint not null,
    created_by varchar(100) not null,
    expires_at bigint not null,
    lifted_at bigint,
    lifted_by varchar(100)
);
create index comment_ban_value_ix on comment_ban (kind, value, expires_at);
