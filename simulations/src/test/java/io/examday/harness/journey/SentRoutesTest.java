package io.examday.harness.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.AuthorRoutes;
import io.examday.harness.endpoint.CandidateExamRoutes;
import io.examday.harness.endpoint.PageRoutes;
import io.examday.harness.endpoint.ProctorRoutes;
import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.endpoint.SessionRoutes;
import io.examday.harness.recording.Acknowledged;
import io.examday.harness.recording.ClientRecording;
import io.examday.harness.scenario.Scenario;
import io.examday.harness.scenario.ScenarioFile;
import io.gatling.core.Predef$;
import io.gatling.core.config.GatlingConfiguration$;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request names run.json lists as sent are those the scenario's candidate journey is built with. */
class SentRoutesTest {

    @TempDir
    Path dir;

    /** Gatling's DSL reads the configuration its runner installs; outside a run the test installs the default. */
    @BeforeAll
    static void gatlingConfiguration() {
        Predef$.MODULE$._configuration_$eq(GatlingConfiguration$.MODULE$.load());
    }

    @Test
    void aCandidateDayWithoutSessionLossSendsTheExamRoutesButNotTheReSignInRead() {
        SortedSet<String> sent = candidateRoutes("smoke");

        assertThat(sent).contains(SessionRoutes.SIGN_IN, CandidateExamRoutes.MY_EXAMS, CandidateExamRoutes.LOBBY,
                CandidateExamRoutes.START, AttemptRoutes.PAGE, AttemptRoutes.ANSWER, AttemptRoutes.SUBMIT, AttemptRoutes.RESULT);
        assertThat(sent).doesNotContain(AttemptRoutes.ATTEMPT, ProctorRoutes.LIVE, AuthorRoutes.EXAMS);
    }

    @Test
    void aCandidateWithBrowserPagesAlsoSendsEveryPageAndBothKindsOfFile() {
        assertThat(candidateRoutes("smoke")).contains(PageRoutes.SIGN_IN, PageRoutes.LOBBY, PageRoutes.ATTEMPT,
                PageRoutes.RESULT, PageRoutes.STYLES, PageRoutes.SCRIPTS);
    }

    @Test
    void aCandidateWithoutBrowserPagesSendsNoPageAndNoFile() throws IOException {
        Path smoke = Path.of("..", "scenarios", "smoke.yaml");
        Scenario apiOnly = ScenarioFile.parse(smoke, Files.readString(smoke).replace("browser: {pages: true}", "browser: {pages: false}"));

        assertThat(candidateRoutes(apiOnly)).doesNotContainAnyElementsOf(List.of(PageRoutes.SIGN_IN, PageRoutes.LOBBY, PageRoutes.ATTEMPT, PageRoutes.RESULT, PageRoutes.STYLES,
                PageRoutes.SCRIPTS));
    }

    @Test
    void aLoginStormAlsoSendsTheAttemptReadOfTheReSignIn() {
        assertThat(candidateRoutes("login-storm")).contains(AttemptRoutes.ATTEMPT, SessionRoutes.SIGN_IN);
    }

    private SortedSet<String> candidateRoutes(String name) {
        return candidateRoutes(ScenarioFile.load(Path.of("..", "scenarios", name + ".yaml")));
    }

    private SortedSet<String> candidateRoutes(Scenario scenario) {
        ClientRecording recording = new ClientRecording(dir.resolve("client"), () -> "test",
                new PrintStream(OutputStream.nullOutputStream()));
        RecordedCall calls = new RecordedCall(recording);
        new ExamDay(scenario, calls, recording, new Acknowledged(), new ExamCalendar(), new RunEvents(), index -> 0).candidate();
        return calls.routes();
    }
}
