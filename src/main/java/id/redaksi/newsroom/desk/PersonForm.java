package id.redaksi.newsroom.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A public profile as typed: the name credits show, and a short bio. */
public record PersonForm(
        @NotBlank(message = "Nama wajib diisi.") @Size(max = 120, message = "Nama paling banyak 120 karakter.")
        String name,

        String bio) {

    public PersonForm {
        bio = bio == null ? "" : bio.strip();
    }
}
