package io.examday.portal.jobs;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.DeadlineSweeper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A web-only instance: with the jobs switched off it still queues jobs, but runs none and sweeps no deadline. */
@PortalIntegrationTest
// A context of its own: two connections are enough, and leave the shared test database its client slots.
@TestPropertySource(properties = {JobsProperties.ENABLED + "=false", "spring.datasource.hikari.maximum-pool-size=2"})
class JobsSwitchTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anInstanceWithJobsOffQueuesJobsButHasNoWorkerAndNoDeadlineSweep() {
        assertThat(context.getBeansOfType(JobWorker.class)).isEmpty();
        assertThat(context.getBeansOfType(DeadlineSweeper.class)).isEmpty();
        assertThat(context.getBeansOfType(JobQueue.class)).hasSize(1);
    }
}
