-- The exam portal's schema. Hot-path tables (attempt, answer) are written with plain SQL; the rest through JPA.

create table app_user (
    id                  bigserial primary key,
    username            text        not null unique,
    display_name        text        not null,
    email               text,
    role                text        not null check (role in ('CANDIDATE', 'AUTHOR', 'PROCTOR', 'ADMIN')),
    password_hash       text        not null,
    -- SHA-256 of a 80-bit random admission code: high entropy makes a slow hash unnecessary (see README).
    admission_code_hash text,
    created_at          timestamptz not null default now()
);

create table question_bank (
    id          bigserial primary key,
    name        text        not null unique,
    description text        not null default '',
    created_at  timestamptz not null default now()
);

create table question (
    id         bigserial primary key,
    bank_id    bigint references question_bank (id) on delete cascade,
    kind       text    not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMERIC', 'SHORT_TEXT')),
    prompt     text    not null,
    options    jsonb   not null default '[]',
    answer_key jsonb   not null,
    tolerance  double precision,
    points     integer not null default 1 check (points > 0)
);
create index question_bank_idx on question (bank_id);

create table exam (
    id                 bigserial primary key,
    code               text        not null unique,
    title              text        not null,
    description        text        not null default '',
    status             text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    version            integer     not null default 1,
    duration_seconds   integer     not null check (duration_seconds > 0),
    opens_at           timestamptz not null,
    closes_at          timestamptz not null,
    questions_per_page integer     not null default 1 check (questions_per_page > 0),
    shuffle_questions  boolean     not null default false,
    published_at       timestamptz,
    created_at         timestamptz not null default now(),
    check (closes_at > opens_at)
);

create table exam_question (
    exam_id     bigint  not null references exam (id) on delete cascade,
    position    integer not null,
    question_id bigint  not null references question (id),
    primary key (exam_id, position)
);

create table enrolment (
    exam_id            bigint  not null references exam (id) on delete cascade,
    candidate_id       bigint  not null references app_user (id) on delete cascade,
    extra_time_seconds integer not null default 0 check (extra_time_seconds >= 0),
    primary key (exam_id, candidate_id)
);
create index enrolment_candidate_idx on enrolment (candidate_id);

create table attempt (
    id             bigserial primary key,
    exam_id        bigint      not null references exam (id) on delete cascade,
    candidate_id   bigint      not null references app_user (id) on delete cascade,
    status         text        not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'AUTO_SUBMITTED')),
    started_at     timestamptz not null,
    deadline       timestamptz not null,
    submitted_at   timestamptz,
    -- Positions of the exam's questions in the order this candidate sees them (shuffled per attempt).
    question_order integer[]   not null,
    -- One attempt per candidate and exam: the start spike races, so the database decides.
    unique (exam_id, candidate_id)
);
create index attempt_open_deadline_idx on attempt (deadline) where status = 'IN_PROGRESS';

create table answer (
    attempt_id  bigint      not null references attempt (id) on delete cascade,
    question_id bigint      not null,
    revision    bigint      not null check (revision >= 0),
    value       jsonb       not null,
    saved_at    timestamptz not null,
    primary key (attempt_id, question_id)
);

create table result (
    attempt_id bigint primary key references attempt (id) on delete cascade,
    score      double precision not null,
    max_score  double precision not null,
    graded_at  timestamptz      not null,
    pdf        bytea,
    mailed_at  timestamptz
);

-- Async work (grading, PDF, mail) as rows: enqueued in the transaction that causes it, taken with SKIP LOCKED.
create table job (
    id         bigserial primary key,
    kind       text        not null check (kind in ('GRADE', 'RESULT_PDF', 'RESULT_MAIL')),
    attempt_id bigint      not null references attempt (id) on delete cascade,
    status     text        not null default 'PENDING' check (status in ('PENDING', 'DONE', 'FAILED')),
    tries      integer     not null default 0,
    run_after  timestamptz not null default now(),
    last_error text,
    created_at timestamptz not null default now(),
    -- A kind of job runs once per attempt (mail exactly once); a reopened attempt re-arms it by resetting status.
    unique (kind, attempt_id)
);
create index job_pending_idx on job (run_after) where status = 'PENDING';
