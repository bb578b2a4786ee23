package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.examday.harness.scenario.Cohort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CandidateRosterTest {

    @Test
    void admissionCodeIsTheFirstTwentyHexDigitsOfTheSeedSecretsHmac() {
        // Vectors computed outside Java: hmac.new(secret, username, sha256).hexdigest()[:20]
        assertThat(CandidateRoster.admissionCode("examday-load-test", "cand-00001")).isEqualTo("8a551116f2236da9919a");
        assertThat(CandidateRoster.admissionCode("examday-load-test", "cand-12345")).isEqualTo("ccf0c225553ece624446");
        assertThat(CandidateRoster.admissionCode("other-secret", "cand-00001")).isEqualTo("331f5e54dd6c15c0b07e");
    }

    @Test
    void eachVirtualUserIsTheNextSeededCandidateInTheExamTheSeedGaveThem() {
        CandidateRoster roster = new CandidateRoster(new Cohort(3, 2, 5), "examday-load-test");

        Map<String, Object> first = roster.next();
        Map<String, Object> second = roster.next();
        Map<String, Object> third = roster.next();

        assertThat(first).containsEntry("username", "cand-00001").containsEntry("examCode", "LOAD-1")
                .containsEntry("candidate", 1).containsEntry("role", "CANDIDATE")
                .containsEntry("admissionCode", "8a551116f2236da9919a");
        assertThat(second).containsEntry("username", "cand-00002").containsEntry("examCode", "LOAD-2");
        assertThat(third).containsEntry("username", "cand-00003").containsEntry("examCode", "LOAD-1");
        assertThat(roster.hasNext()).isFalse();
        assertThatThrownBy(roster::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aSplitRunsInjectorsTakeInterleavedCandidatesAndTogetherTheWholeCohort() {
        Cohort cohort = new Cohort(7, 2, 5);
        CandidateRoster first = new CandidateRoster(cohort, "examday-load-test", new InjectorSlice(0, 3));
        CandidateRoster second = new CandidateRoster(cohort, "examday-load-test", new InjectorSlice(1, 3));
        CandidateRoster third = new CandidateRoster(cohort, "examday-load-test", new InjectorSlice(2, 3));

        assertThat(drain(first)).containsExactly(1, 4, 7);
        assertThat(drain(second)).containsExactly(2, 5);
        assertThat(drain(third)).containsExactly(3, 6);
        assertThatThrownBy(third::next).isInstanceOf(NoSuchElementException.class);
    }

    private static List<Object> drain(CandidateRoster roster) {
        List<Object> candidates = new ArrayList<>();
        while (roster.hasNext()) {
            candidates.add(roster.next().get("candidate"));
        }
        return candidates;
    }
}
