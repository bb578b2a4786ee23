package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One threshold file ({@code thresholds/*.yaml}): everything the gate judges a run against.
 *
 * @param nothingLost whether every start, answer revision and submit the clients saw acknowledged must be found stored, by id
 * @param faults      a chaos run's rules (fault windows, recovery); absent from files that judge runs without faults
 */
public record Thresholds(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Delivery delivery,
        @JsonProperty(required = true) Latency latency,
        @JsonProperty(required = true) Errors errors,
        @JsonProperty(required = true) Statements statements,
        @JsonProperty(required = true) Cache cache,
        @JsonProperty(required = true) Cpu cpu,
        @JsonProperty(required = true) boolean nothingLost,
        @JsonProperty(required = true) AfterTheExam afterTheExam,
        @JsonProperty(required = true) AttackLimits attack,
        @JsonProperty(required = true) Regression regression,
        @JsonProperty(required = true) Instruments instruments,
        @JsonProperty(required = true) Steadiness steadiness,
        @JsonProperty(required = true) Abort abort,
        Faults faults) {

    public java.util.Optional<Faults> chaos() {
        return java.util.Optional.ofNullable(faults);
    }
}
