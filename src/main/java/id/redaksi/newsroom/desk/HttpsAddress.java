package id.redaksi.newsroom.desk;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A whole {@code https://} address with a host, at most 500 characters; blank is a setting left empty. Only https,
 * because these addresses go on every page of the site: no {@code javascript:}, no plain http.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpsAddress.Check.class)
@interface HttpsAddress {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HttpsAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            var address = value.strip();
            if (address.length() > 500 || !address.toLowerCase(Locale.ROOT).startsWith("https://")) {
                return false;
            }
            try {
                var uri = new URI(address);
                return uri.getHost() != null && uri.getHost().contains(".") && uri.getUserInfo() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
