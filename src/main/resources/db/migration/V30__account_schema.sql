-- Newsroom accounts and their roles per site. Passwords are stored only as encoder hashes ({bcrypt}...).
create table app_user (
    id              bigint generated always as identity primary key,
    username        text not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name    text not null,
    password_hash   text not null,
    network_admin   boolean not null default false,
    enabled         boolean not null default true,
    person_id       bigint references person (id),
    created_at      timestamptz not null default now()
);

create table site_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    site_id  bigint not null references site (id) on delete cascade,
    role     text   not null check (role in ('WRITER', 'EDITOR', 'SITE_ADMIN')),
    primary key (user_id, site_id)
);
