package id.redaksi.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Field name to message, for forms that show each problem next to its field. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(BindingResult binding) {
        var errors = new LinkedHashMap<String, String>();
        // an element of a list (writerIds[1]) is shown beside the list's one field
        binding.getFieldErrors()
                .forEach(e -> errors.putIfAbsent(
                        e.getField().replaceAll("\\[\\d+]$", ""),
                        e.isBindingFailure() ? "Isian tidak valid." : e.getDefaultMessage()));
        binding.getGlobalErrors().forEach(e -> errors.putIfAbsent("", e.getDefaultMessage()));
        return errors;
    }
}
