package io.examday.portal.jobs;

import io.examday.portal.identity.PortalUser;
import io.examday.portal.identity.Role;
import io.examday.portal.web.PortalPage;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's failed-jobs page, with a requeue button per job. Its address is outside the role rules of the
 * security configuration, so it checks the role itself, as the staff log page does.
 */
@Controller
@PortalPage(back = "/ops/jobs")
class FailedJobsPages {

    private final FailedJobs failedJobs;
    private final JobsProperties properties;

    FailedJobsPages(FailedJobs failedJobs, JobsProperties properties) {
        this.failedJobs = failedJobs;
        this.properties = properties;
    }

    @GetMapping("/ops/jobs")
    String list(@AuthenticationPrincipal PortalUser viewer, @RequestParam(required = false) Long requeued, Model model) {
        requireAdmin(viewer);
        model.addAttribute("jobs", failedJobs.newestFirst());
        model.addAttribute("listed", FailedJobs.LISTED);
        model.addAttribute("requeued", requeued);
        long minutes = properties.retryFor().toMinutes();
        model.addAttribute("retryFor", minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes");
        return "ops/jobs";
    }

    @PostMapping("/ops/jobs/{jobId}/requeue")
    String requeue(@AuthenticationPrincipal PortalUser viewer, @PathVariable long jobId,
                   @RequestParam(required = false) String reason) {
        requireAdmin(viewer);
        failedJobs.requeue(jobId, reason);
        return "redirect:/ops/jobs?requeued=" + jobId;
    }

    private static void requireAdmin(PortalUser viewer) {
        if (viewer == null || viewer.role() != Role.ADMIN) {
            throw new PortalProblem(HttpStatus.FORBIDDEN, "forbidden", "Only an administrator may see and requeue failed jobs.");
        }
    }
}
