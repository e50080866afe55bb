-- Reader tickets: correction requests (新闻稿件修改申请), reprint-licence requests (转载授权), their per-day
-- ticket number counters, and the outgoing mail outbox. Same file for SQLite and PostgreSQL (see V1).

-- One row per ticket prefix and day (yyyyMMdd in the site time zone); bumped by an upsert inside the
-- transaction that inserts the ticket.
create table ticket_counter (
    prefix varchar(4) not null,
    day varchar(8) not null,
    last_value integer not null,
    primary key (prefix, day)
);

create table correction_request (
    id ${id_pk},
    number varchar(24) not null,
    article_id bigint not null references article (id),
    -- the title the reader saw when asking (the article may be retitled by the correction itself)
    article_title varchar(200) not null,
    status varchar(12) not null,
    requester_name varchar(60) not null,
    organization varchar(100) not null,
    phone varchar(30) not null,
    email varchar(254) not null,
    problem varchar(2000) not null,
    requested_change varchar(2000) not null,
    attachment_name varchar(40),
    attachment_type varchar(10),
    attachment_size bigint,
    language varchar(10) not null,
    assignee varchar(60),
    due_date varchar(10) not null,
    decision_reason varchar(1000),
    -- the public correction note (更正说明): what was changed, written by staff
    note varchar(2000),
    decided_by varchar(100),
    created_at bigint not null,
    updated_at bigint not null,
    decided_at bigint,
    published_at bigint,
    version integer not null default 0
);
create unique index correction_request_number_uk on correction_request (number);
create index correction_request_status_ix on correction_request (status, created_at);
create index correction_request_article_ix on correction_request (article_id, status);
create index correction_request_published_ix on correction_request (status, published_at);

create table reprint_request (
    id ${id_pk},
    number varchar(24) not null,
    status varchar(12) not null,
    outlet varchar(100) not null,
    contact_name varchar(60) not null,
    phone varchar(30) not null,
    email varchar(254) not null,
    medium varchar(20) not null,
    intended_use varchar(2000) not null,
    language varchar(10) not null,
    assignee varchar(60),
    due_date varchar(10) not null,
    decision_reason varchar(1000),
    terms varchar(2000),
    valid_from varchar(10),
    valid_until varchar(10),
    decided_by varchar(100),
    created_at bigint not null,
    updated_at bigint not null,
    decided_at bigint,
    version integer not null default 0
);
create unique index reprint_request_number_uk on reprint_request (number);
create index reprint_request_status_ix on reprint_request (status, created_at);

-- The articles a reprint request asks for, in the order the outlet listed them.
create table reprint_request_article (
    request_id bigint not null references reprint_request (id),
    article_id bigint not null references article (id),
    position integer not null,
    -- the title the outlet saw when asking
    article_title varchar(200) not null,
    primary key (request_id, article_id)
);
create index reprint_request_article_ix on reprint_request_article (article_id);

create table mail_outbox (
    id ${id_pk},
    recipient varchar(254) not null,
    subject varchar(300) not null,
    body text not null,
    reference varchar(40),
    status varchar(10) not null,
    attempts integer not null default 0,
    next_attempt_at bigint not null,
    last_error varchar(500),
    created_at bigint not null,
    sent_at bigint
);
create index mail_outbox_due_ix on mail_outbox (status, next_attempt_at);
