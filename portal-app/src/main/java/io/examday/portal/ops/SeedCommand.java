package io.examday.portal.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** `seed …`: loads load-test candidates, exams and enrolments, then exits (see {@link SeedPlan} for the options). */
@Component
@Profile(SeedCommand.PROFILE)
public class SeedCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "seed";
    public static final String PROFILE = "seed";

    private static final Logger log = LoggerFactory.getLogger(SeedCommand.class);

    private final LoadSeed seed;
    private int exitCode;

    public SeedCommand(LoadSeed seed) {
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            seed.run(SeedPlan.parse(args.getSourceArgs()));
        } catch (IllegalArgumentException e) {
            log.error("seed: {}\n{}", e.getMessage(), SeedPlan.USAGE);
            exitCode = 2;
        } catch (SeedRefused e) {
            log.error("seed: {}", e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
