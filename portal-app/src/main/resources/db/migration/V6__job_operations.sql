-- When a job was last armed and when it ended: the enqueue-to-done time is measured from the first, and a failing
-- job keeps being retried until examday.jobs.retry-for after it (rows from before this keep their creation time).
alter table job add column enqueued_at timestamptz;
update job set enqueued_at = created_at;
alter table job alter column enqueued_at set not null, alter column enqueued_at set default now();
alter table job add column finished_at timestamptz;
-- The admin's failed-jobs page reads these; the job metrics count them.
create index job_failed_idx on job (kind) where status = 'FAILED';

-- The result mail's Message-ID, stored before the mail goes to SMTP, so a mail sent again after a crash between the
-- hand-over and marking it mailed carries the same id, on which mail systems deduplicate.
alter table result add column mail_message_id text;

-- An admin requeuing a failed job is a staff action.
alter table staff_action drop constraint staff_action_action_check;
alter table staff_action add constraint staff_action_action_check
    check (action in ('PUBLISH', 'SCHEDULE_CHANGE', 'ENROLMENT', 'EXTENSION', 'REOPEN', 'RESULTS_EXPORT',
                      'CANDIDATE_IMPORT', 'ADMISSION_CODE_REGENERATION', 'JOB_REQUEUE'));
