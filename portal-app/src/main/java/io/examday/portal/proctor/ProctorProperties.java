package io.examday.portal.proctor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The proctor's live view: how many candidates it lists unless asked ({@code ?limit=}), the most it lists,
 * how often the page polls, and how often candidates' activity is written to the board (ActivityStamps).
 * After a Redis restart, the boards of exams with an attempt started within {@code boardRebuildWindow} are rebuilt.
 */
@ConfigurationProperties("examday.proctor")
record ProctorProperties(@DefaultValue("100") int liveLimit,
                         @DefaultValue("1000") int maxLiveLimit,
                         @DefaultValue("5s") Duration pollPeriod,
                         @DefaultValue("1s") Duration activityFlushInterval,
                         @DefaultValue("24h") Duration boardRebuildWindow) {
}
