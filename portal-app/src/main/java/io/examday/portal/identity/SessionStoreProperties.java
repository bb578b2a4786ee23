package io.examday.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where and how long sessions live.
 *
 * @param timeout         a session unused this long ends
 * @param touchInterval   a session whose only change is its last-access time is written back once per this
 * @param keyPrefix       Redis key of a session: this prefix and the session id
 * @param changesChannel  Redis channel on which instances announce changed and deleted sessions
 * @param localCopyTtl    each instance keeps a session it read this long; announced changes evict it at once, so
 *                        this bounds how long an instance that missed an announcement can act on an old copy
 * @param localCopiesMax  sessions kept in memory by one instance at most
 */
@ConfigurationProperties("examday.session")
record SessionStoreProperties(Duration timeout, Duration touchInterval, String keyPrefix,
                              String changesChannel, Duration localCopyTtl, long localCopiesMax) {
}
