package io.examday.portal.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text field PostgreSQL must keep as sent ({@link StorableText}); a field error otherwise, like {@code @Size}'s. */
@Documented
@Constraint(validatedBy = Storable.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Storable {

    String message() default StorableText.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Storable, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return StorableText.holds(value);
        }
    }
}
