package io.examday.portal.stafflog;

import java.util.List;

/** One page of the staff log, newest first; {@code nextPage} is null on the last page. */
record StaffLogListing(Long examId, int page, int size, Integer nextPage, List<StaffLogEntry> entries) {
}
