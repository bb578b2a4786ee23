package io.examday.portal.ops;

import io.examday.portal.exam.ExamListing;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo at start on a portal with no exams, only when asked ({@code examday.seed.demo}, which
 * {@code make run} sets): a portal started otherwise gets no accounts from nowhere.
 */
@Component
@Profile("!" + SeedCommand.PROFILE)
@ConditionalOnBooleanProperty("examday.seed.demo")
class DemoSeedAtStart implements ApplicationRunner {

    private final ExamListing listing;
    private final DemoSeed demo;

    DemoSeedAtStart(ExamListing listing, DemoSeed demo) {
        this.listing = listing;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (listing.all().isEmpty()) {
            demo.seed();
        }
    }
}
