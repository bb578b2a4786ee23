package io.examday.portal.stafflog;

/** What a member of staff did, as the staff log names it. The table's check constraint lists the same words. */
public enum StaffAction {
    PUBLISH,
    SCHEDULE_CHANGE,
    ENROLMENT,
    EXTENSION,
    REOPEN,
    RESULTS_EXPORT,
    CANDIDATE_IMPORT,
    ADMISSION_CODE_REGENERATION,
    JOB_REQUEUE
}
