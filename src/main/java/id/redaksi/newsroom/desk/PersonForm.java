package id.redaksi.newsroom.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A public profile as typed: the name credits show, and a short bio. */
public record PersonForm(
        @NotBlank(message = "{person.name.missing}") @Size(max = 120, message = "{person.name.tooLong}")
        String name,

        String bio) {

    public PersonForm {
        bio = bio == null ? "" : bio.strip();
    }
}
