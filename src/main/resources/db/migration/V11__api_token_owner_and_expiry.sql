-- API tokens belong to a staff account (whose channel limits and own articles they act with), expire, and record
-- who issued and who revoked them. Tokens issued before this version have no owner and expire 90 days after they
-- were issued.
alter table api_token add column owner_id bigint references staff_account (id);
alter table api_token add column issued_by varchar(80);
alter table api_token add column expires_at bigint;
alter table api_token add column revoked_by varchar(80);
update api_token set expires_at = created_at + 7776000000, issued_by = 'system';
create index api_token_owner_ix on api_token (owner_id);
