-- Rate limits and the login throttle, shared by every instance (issue 15).

-- Token buckets of the rate limits, in bucket4j's JDBC table shape: the key (allowance and client, long ones
-- hashed), the bucket's serialised state, and when it is full again (epoch milliseconds; the cleanup deletes
-- rows past it, since a missing bucket is a full one).
create table rate_limit_bucket (
    id varchar(200) primary key,
    state ${bytes},
    expires_at bigint
);
create index rate_limit_bucket_expires_ix on rate_limit_bucket (expires_at);

-- Failed staff logins per key (account and address, device, account, address; long ones hashed): how many, the
-- first and the last (epoch milliseconds). Counted with one atomic upsert; forgotten a window after the last.
create table login_failure (
    id varchar(200) primary key,
    failures integer not null,
    first_at bigint not null,
    last_at bigint not null
);
create index login_failure_last_ix on login_failure (last_at);
