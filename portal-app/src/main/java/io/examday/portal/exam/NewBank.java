package io.examday.portal.exam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/banks}. */
public record NewBank(@NotBlank @Size(max = 200) String name, @Size(max = 10_000) String description) {
}
