package dev.dynamite.sample.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import dev.dynamite.sample.User;

/**
 * The body of {@code POST /users}: name and email are required; id (a random UUID), role ("customer") and active
 * ({@code true}) default. Timestamps are written by Dynamite and cannot be given.
 *
 * @param id the key, or {@code null} for a random UUID
 * @param name the user's name
 * @param email the user's email address
 * @param role the role, or {@code null} for "customer"
 * @param active whether the user is active, or {@code null} for {@code true}
 */
public record NewUser(@Nullable @Pattern(regexp = "\\S+", message = "must not be blank or contain whitespace") String id,
		@Nullable @NotBlank String name, @Nullable @NotBlank @Email String email, @Nullable String role,
		@Nullable Boolean active) {

	/** The entity to create. */
	User toUser() {
		User user = new User();
		user.setId(this.id);
		user.setName(this.name);
		user.setEmail(this.email);
		user.setRole(this.role);
		user.setActive(this.active);
		return user;
	}
}
