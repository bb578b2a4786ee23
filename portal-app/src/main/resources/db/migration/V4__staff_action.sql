-- What staff did, written in the transaction of the change it records (io.examday.portal.stafflog). No foreign
-- keys: the record must outlive the exams, attempts and accounts it names (load-test exams are deleted and reseeded).
create table staff_action (
    id                 bigserial primary key,
    acted_at           timestamptz not null default now(),
    -- null with actor_username 'system' when no one was signed in (the demo seed at start, the seed command)
    actor_id           bigint,
    actor_username     text        not null,
    action             text        not null check (action in ('PUBLISH', 'SCHEDULE_CHANGE', 'ENROLMENT', 'EXTENSION',
                                                              'REOPEN', 'RESULTS_EXPORT', 'CANDIDATE_IMPORT',
                                                              'ADMISSION_CODE_REGENERATION')),
    exam_id            bigint,
    attempt_id         bigint,
    candidate_id       bigint,
    candidate_username text,
    reason             text,
    detail             jsonb       not null default '{}'
);
-- The admin's page reads newest first, optionally for one exam.
create index staff_action_exam_idx on staff_action (exam_id, id);

-- Proctors' extensions so far, which examday.proctor.extension-cap bounds; the deadline already includes them.
alter table attempt add column extension_seconds integer not null default 0 check (extension_seconds >= 0);
