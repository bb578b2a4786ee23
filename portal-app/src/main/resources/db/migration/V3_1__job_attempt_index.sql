-- Deleting attempts (the seed's --reset, an exam's removal) cascades to their jobs one attempt at a time;
-- the (kind, attempt_id) unique index cannot serve "where attempt_id = ?", so without this each is a full scan.
create index job_attempt_idx on job (attempt_id);
