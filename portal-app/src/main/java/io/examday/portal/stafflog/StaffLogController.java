package io.examday.portal.stafflog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/ops/staff-log} (role ADMIN, as every /api/ops route; see API.md). */
@RestController
class StaffLogController {

    private final StaffLogReader reader;

    StaffLogController(StaffLogReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/ops/staff-log")
    public StaffLogListing list(@RequestParam(required = false) Long examId,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return reader.page(examId, page, size);
    }
}
