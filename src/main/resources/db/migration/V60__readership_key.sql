-- The key read tokens are signed with (readership's ReadTokens): one per installation, made at random by the
-- first node that starts and read by every other, so a page rendered on one node is counted on any.
create table readership_key (
  id int primary key check (id = 1),
  secret bytea not null
);
