-- The audit log names people as colleagues know them: the account's display name at the time, beside the username
-- that stays its key. Account changes (a new account, a profile edited) concern no one site: their site is null.
alter table audit_event add column actor_name text;

update audit_event e set actor_name = u.display_name from app_user u where u.username = e.actor;

alter table audit_event alter column site_id drop not null;
