package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutsideWorkTest {

    private final FrameNames frames = new FrameNames();

    @Test
    void actuatorWorkIsNamedAsSuchWhateverThreadItRanOn() {
        assertThat(OutsideWork.of(sample("tomcat-handler-7", "org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint.scrape"), frames))
                .isEqualTo(OutsideWork.ACTUATOR);
    }

    @Test
    void otherWorkIsGroupedByItsThreadsPool() {
        assertThat(OutsideWork.of(sample("lettuce-nioEventLoop-4-1", "io.netty.channel.nio.NioIoHandler.run"), frames))
                .isEqualTo("lettuce-nioEventLoop-#-#");
        assertThat(OutsideWork.of(sample("", "java.lang.Thread.run"), frames)).isEqualTo("(unnamed threads)");
    }

    private StackSample sample(String thread, String frame) {
        return new StackSample(0, 1, thread, new int[] {frames.id(frame)}, false);
    }
}
