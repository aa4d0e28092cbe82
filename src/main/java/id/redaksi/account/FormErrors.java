package id.redaksi.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * Field name to message, for forms that show each problem next to its field. A constraint whose message is a key,
 * {@code message = "{story.title.tooLong}"}, is said in the account's language from {@link NewsroomWords}: resolved
 * here, when the page is made, because a form is bound before the request knows whose it is. The key's pattern gets
 * the constraint's attributes in alphabetical order ({@code {0}} is {@code max} for {@code @Size}).
 */
public final class FormErrors {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.]+)}");

    private FormErrors() {}

    public static Map<String, String> of(BindingResult binding) {
        var errors = new LinkedHashMap<String, String>();
        // an element of a list (writerIds[1]) is shown beside the list's one field
        binding.getFieldErrors()
                .forEach(e -> errors.putIfAbsent(
                        e.getField().replaceAll("\\[\\d+]$", ""),
                        e.isBindingFailure() ? NewsroomWords.t("form.invalid") : message(e)));
        binding.getGlobalErrors().forEach(e -> errors.putIfAbsent("", message(e)));
        return errors;
    }

    private static String message(ObjectError error) {
        var message = error.getDefaultMessage();
        var key = message == null ? null : KEY.matcher(message);
        if (key == null || !key.matches()) {
            return message;
        }
        var arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        // the first argument is the field's own name, the attributes follow
        return NewsroomWords.t(
                key.group(1), Arrays.copyOfRange(arguments, Math.min(1, arguments.length), arguments.length));
    }
}
