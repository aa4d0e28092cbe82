package id.redaksi.newsroom.desk;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A time zone name {@link ZoneId#of} knows, such as {@code Asia/Jakarta}; a blank one is none. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ZoneName.Check.class)
@interface ZoneName {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ZoneName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                ZoneId.of(value == null ? "" : value.strip());
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
