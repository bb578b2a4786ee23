package io.examday.portal.stafflog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How much of the staff log a page shows unless asked ({@code ?size=}), and the most it shows. */
@ConfigurationProperties("examday.staff-log")
record StaffLogProperties(@DefaultValue("50") int pageSize, @DefaultValue("500") int maxPageSize) {
}
