-- Where the newsroom mails someone (a story submitted, returned, published, an assignment); optional.
alter table app_user add column email text check (email is null or (length(email) <= 254 and email like '%_@_%'));
