package io.examday.portal.jobs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/ops/jobs/failed} and {@code POST /api/ops/jobs/{id}/requeue} (role ADMIN, as every /api/ops route). */
@RestController
class FailedJobsController {

    /** Why the job is requeued, for the staff log: optional. */
    record Requeue(String reason) {
    }

    record Requeued(long jobId, String status) {
    }

    private final FailedJobs failedJobs;

    FailedJobsController(FailedJobs failedJobs) {
        this.failedJobs = failedJobs;
    }

    @GetMapping("/api/ops/jobs/failed")
    List<FailedJob> failed() {
        return failedJobs.newestFirst();
    }

    @PostMapping("/api/ops/jobs/{jobId}/requeue")
    Requeued requeue(@PathVariable long jobId, @RequestBody(required = false) Requeue body) {
        failedJobs.requeue(jobId, body == null ? null : body.reason());
        return new Requeued(jobId, "PENDING");
    }
}
