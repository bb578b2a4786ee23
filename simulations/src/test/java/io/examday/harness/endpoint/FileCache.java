package io.examday.harness.endpoint;

import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A candidate's browser cache for the files their pages link, keyed by URL alone, as a browser's is. Gatling's own
 * per-user cache also keys a file by the names of the cookies sent with it, so a file fetched on the sign-in page
 * (with the visitor's form-token cookie) would be fetched again on the lobby page (with the session cookie too),
 * which no browser does. A file is kept as its response's Cache-Control says: fresh for its max-age, then
 * revalidated with its ETag; revalidated every time under no-cache; never kept under no-store. A 304 refreshes it.
 */
final class FileCache {

    static final String ATTRIBUTE = "examday.fileCache";

    /** @param freshUntilMillis until when the file is used without asking; @param etag what revalidates it, or null */
    record Entry(long freshUntilMillis, String etag) {
    }

    private FileCache() {}

    static boolean fresh(Session session, String url, long now) {
        Entry entry = entries(session).get(url);
        return entry != null && entry.freshUntilMillis() > now;
    }

    static Optional<String> etag(Session session, String url) {
        return Optional.ofNullable(entries(session).get(url)).map(Entry::etag);
    }

    /** The session with {@code url}'s entry as its latest response leaves it. */
    static Session stored(Session session, String url, int status, String cacheControl, String etag, long now) {
        Map<String, Entry> entries = new HashMap<>(entries(session));
        Optional<Entry> kept = kept(Optional.ofNullable(entries.get(url)), status, cacheControl, etag, now);
        kept.ifPresentOrElse(entry -> entries.put(url, entry), () -> entries.remove(url));
        return session.set(ATTRIBUTE, Map.copyOf(entries));
    }

    /** What a browser keeps of a file after a response with this status and these headers (null when absent). */
    static Optional<Entry> kept(Optional<Entry> before, int status, String cacheControl, String etag, long now) {
        if (status != 200 && status != 304) {
            return before;
        }
        String directives = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
        if (directives.contains("no-store")) {
            return Optional.empty();
        }
        String validator = etag != null ? etag : before.map(Entry::etag).orElse(null);
        long maxAge = maxAgeSeconds(directives);
        long freshUntil;
        if (directives.contains("no-cache")) {
            freshUntil = 0;
        } else if (maxAge >= 0) {
            freshUntil = now + maxAge * 1000;
        } else {
            // A 304 without Cache-Control leaves the kept freshness as it was.
            freshUntil = status == 304 ? before.map(Entry::freshUntilMillis).orElse(0L) : 0;
        }
        if (freshUntil <= now && validator == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(freshUntil, validator));
    }

    private static long maxAgeSeconds(String directives) {
        for (String directive : directives.split(",")) {
            String d = directive.trim();
            if (d.startsWith("max-age=")) {
                try {
                    return Long.parseLong(d.substring("max-age=".length()).replace("\"", ""));
                } catch (NumberFormatException unreadable) {
                    return -1;
                }
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> entries(Session session) {
        return session.contains(ATTRIBUTE) ? (Map<String, Entry>) session.get(ATTRIBUTE) : Map.of();
    }
}
