package io.examday.portal.jobs;

/** Does one kind of job for an attempt. Must be safe to run twice: a job whose worker died is run again. */
public interface JobHandler {

    JobKind kind();

    void run(long attemptId) throws Exception;
}
