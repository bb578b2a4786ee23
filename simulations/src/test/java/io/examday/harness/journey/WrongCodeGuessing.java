package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.examday.harness.recording.AttackTally;
import io.examday.harness.scenario.Attack;
import io.examday.harness.scenario.Cohort;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One attacking address: from the attack's start it sends a wrong admission code for the next target candidate
 * every guess period, through the candidates' own sign-in, saying through X-Forwarded-For where it comes from, until
 * the attack's end. Its requests are silent to Gatling and never recorded as a candidate's: the {@link AttackTally}
 * counts their answers.
 */
public final class WrongCodeGuessing {

    /** Not a route the portal names: a guess is no candidate's request. */
    static final String GUESS = "attack: wrong admission code";
    private static final String STATUS = "examday.attackStatus";
    private static final String GUESSES = "examday.guesses";
    private static final String ADDRESS = "examday.attackAddress";
    private static final String INDEX = "examday.attackIndex";

    private final Attack attack;
    private final Cohort cohort;
    private final ExamCalendar calendar;
    private final AttackTally tally;

    public WrongCodeGuessing(Attack attack, Cohort cohort, ExamCalendar calendar, AttackTally tally) {
        this.attack = attack;
        this.cohort = cohort;
        this.calendar = calendar;
        this.tally = tally;
    }

    public ChainBuilder chain() {
        // Each attacker takes the next address from a feeder: Gatling numbers users across all populations, so a
        // user id would not give each attacker an address of its own.
        List<Map<String, Object>> addresses = IntStream.range(0, attack.addresses())
                .mapToObj(i -> Map.<String, Object>of(INDEX, i, ADDRESS, Attack.address(i))).toList();
        return feed(listFeeder(addresses).queue())
                .exec(s -> s.set(GUESSES, 0L))
                .pause(s -> Duration.ofMillis(Math.max(0, startsAt() - System.currentTimeMillis())))
                .asLongAs(s -> System.currentTimeMillis() < startsAt() + attack.lasting().toMillis())
                .on(pace(attack.guessPeriod())
                        .exec(s -> s.remove(STATUS))
                        .exec(http(GUESS).post("/api/session")
                                .header("X-Forwarded-For", s -> s.getString(ADDRESS))
                                .body(StringBody(this::wrongSignIn)).asJson()
                                .silent()
                                .check(status().saveAs(STATUS)))
                        .exec(s -> {
                            tally.answered(s.getString(ADDRESS), s.contains(STATUS) ? s.getInt(STATUS) : 0);
                            return s.set(GUESSES, s.getLong(GUESSES) + 1).markAsSucceeded();
                        }));
    }

    private long startsAt() {
        return calendar.dates().opensAt().plus(attack.after()).toEpochMilli();
    }

    /** Each address walks the targets from its own offset, so the addresses guess at different candidates at once. */
    private String wrongSignIn(Session s) {
        long guess = s.getLong(GUESSES);
        int addressIndex = s.getInt(INDEX);
        int target = (int) ((guess + addressIndex) % attack.targets()) + 1;
        return "{\"username\":\"" + cohort.username(target) + "\",\"admissionCode\":\"" + Attack.wrongCode(guess) + "\"}";
    }
}
