-- Logins refused by the throttle, summed up per subject, address and window for the audit log, shared by every
-- instance (issue 15): the instance whose refusal starts a window records it, summaries are claimed by one
-- instance with a conditional update or delete. Times in epoch milliseconds.
create table throttled_login_tally (
    id varchar(200) primary key,
    subject varchar(200) not null,
    address varchar(64),
    window_start bigint not null,
    refused integer not null,
    recorded integer not null
);
create index throttled_login_tally_window_ix on throttled_login_tally (window_start);
