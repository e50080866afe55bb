-- Staff accounts (password logins for the editors' UI), per-channel review policy, and the review workflow:
-- full revisions of every save, sign-offs and other review steps bound to a revision, scheduled publishing.

create table staff_account (
    id ${id_pk},
    login varchar(40) not null,
    real_name varchar(60) not null,
    email varchar(254) not null,
    password_hash varchar(255) not null,
    active boolean not null,
    created_at bigint not null,
    password_changed_at bigint not null,
    version integer not null default 0
);
create unique index staff_account_login_uk on staff_account (login);

create table staff_account_role (
    account_id bigint not null references staff_account (id) on delete cascade,
    role varchar(30) not null,
    primary key (account_id, role)
);

-- A reviewer limited to some channels (and their sub-channels); no rows means every channel.
create table staff_account_channel (
    account_id bigint not null references staff_account (id) on delete cascade,
    channel_id bigint not null references channel (id),
    primary key (account_id, channel_id)
);

-- How many review levels a channel needs (1 to 3); a channel without a row needs 3.
create table channel_review_policy (
    channel_id bigint primary key references channel (id),
    levels integer not null
);

-- The article row keeps what readers see. While a published article is being corrected, the working copy lives
-- only in article_revision (working_revision > live_revision) and the row changes when the copy is approved.
alter table article add column review_state varchar(20) not null default 'NONE';
alter table article add column author_login varchar(60);
alter table article add column working_revision integer not null default 0;
alter table article add column live_revision integer not null default 0;
alter table article add column scheduled_at bigint;
alter table article add column sent_back_reason varchar(500);
alter table article add column review_updated_at bigint;
create index article_review_ix on article (review_state, review_updated_at);
create index article_author_ix on article (author_login, updated_at);
create index article_scheduled_ix on article (scheduled_at) where scheduled_at is not null;

create table article_revision (
    id ${id_pk},
    article_id bigint not null references article (id) on delete cascade,
    number integer not null,
    content text not null,
    author_login varchar(60) not null,
    author_name varchar(60) not null,
    created_at bigint not null,
    note varchar(300)
);
create unique index article_revision_uk on article_revision (article_id, number);

-- Every step of the review: submitted, approved at a level, sent back, published, scheduled... A sign-off is an
-- APPROVED step with valid = true; a later change to the content sets valid = false on the steps it voids.
create table article_review_step (
    id ${id_pk},
    article_id bigint not null references article (id) on delete cascade,
    revision integer not null,
    action varchar(20) not null,
    level integer,
    actor_login varchar(60) not null,
    actor_name varchar(60) not null,
    reason varchar(500),
    edited boolean not null,
    valid boolean not null,
    at bigint not null
);
create index article_review_step_ix on article_review_step (article_id, id);
