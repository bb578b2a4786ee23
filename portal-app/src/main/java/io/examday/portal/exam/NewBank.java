package io.examday.portal.exam;

import io.examday.portal.web.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/banks}. */
record NewBank(@NotBlank @Size(max = 200) @Storable String name, @Size(max = 10_000) @Storable String description) {
}
