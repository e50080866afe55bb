-- A WordPress (WXR) import: its progress for the staff UI and, once done, its mapping report (JSON).
-- state: 'queued', 'running', 'done', 'failed'; step: what it is doing now; done/total: progress of that step.
create table wordpress_import (
    id ${id_pk},
    state varchar(12) not null,
    step varchar(20) not null,
    done integer not null,
    total integer not null,
    message varchar(1000),
    file_name varchar(200) not null,
    file_bytes bigint not null,
    started_by varchar(100) not null,
    report text,
    created_at bigint not null,
    updated_at bigint not null
);
