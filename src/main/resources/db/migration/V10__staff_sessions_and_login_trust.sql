-- Sessions end when the account changes: every staff request compares its session's generation with the
-- account's, and deactivating, a password change or reset, a role or channel change and "log out my other
-- sessions" raise it. Generated and reset passwords must be changed at the first login.
alter table staff_account add column session_generation bigint not null default 0;
alter table staff_account add column must_change_password boolean not null default false;

-- Where an account logged in successfully before: its client addresses and its devices (SHA-256 of the random
-- value of the long-lived device cookie). Failed logins by others never delay a login from one of these.
create table staff_login_trust (
    account_id bigint not null references staff_account (id) on delete cascade,
    kind varchar(10) not null,
    value_hash varchar(64) not null,
    last_used_at bigint not null,
    primary key (account_id, kind, value_hash)
);
