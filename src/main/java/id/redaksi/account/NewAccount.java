package id.redaksi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin (or the first-start setup) gives to make an account. */
public record NewAccount(
        @NotBlank(message = "wajib diisi")
        @Pattern(
                regexp = "[a-z0-9._-]{3,40}",
                message = "3-40 huruf kecil, angka, titik, garis bawah atau tanda hubung")
        String username,

        @NotBlank(message = "wajib diisi") @Size(max = 120, message = "paling banyak 120 karakter")
        String displayName,

        @NotBlank(message = "wajib diisi") @Size(min = 12, max = 200, message = "minimal 12 karakter")
        String password) {}
