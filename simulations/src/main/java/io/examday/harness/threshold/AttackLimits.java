package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a scenario's wrong-code guessing must go: throttled, none admitted, nothing else answered. Judged only for a
 * scenario with an {@code attack}; the candidates beside it are judged by every other check as usual.
 *
 * @param checkedPerAddressAtMost the most guesses from one address the portal may check (answer 401) before it
 *                                refuses them unchecked (429); its own limit is examday.sign-in.throttle's per address
 * @param deliveredAtLeast        guesses sent as a share of those the scenario plans: less, and the attack proved
 *                                nothing (INCONCLUSIVE)
 */
public record AttackLimits(
        @JsonProperty(required = true) int checkedPerAddressAtMost,
        @JsonProperty(required = true) Percent deliveredAtLeast) {}
