package dev.dynamite.core.pipeline;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.ReadTransform;
import dev.dynamite.mapping.Validate;
import dev.dynamite.mapping.ValueTransformer;
import dev.dynamite.mapping.ValueValidator;
import dev.dynamite.mapping.WriteTransform;

/** The seed's field pipeline: trim on write, a minimum length checked after it, upper case on read; Bean Validation. */
@DynamiteTable
public class Profile {

	@PrimaryKey
	private String id;

	@WriteTransform(Trim.class)
	@Validate(Min2.class)
	@ReadTransform(Upper.class)
	private String name;

	@Email
	private String email;

	@NotBlank
	@Size(max = 10)
	private String handle;

	public Profile() {
	}

	public Profile(String id, String name, String email, String handle) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.handle = handle;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getHandle() { return this.handle; }
	public void setHandle(String handle) { this.handle = handle; }

	/** Trims. */
	public static class Trim implements ValueTransformer<String> {
		@Override
		public String apply(String value) {
			return value.trim();
		}
	}

	/** At least two characters. */
	public static class Min2 implements ValueValidator<String> {
		@Override
		public @Nullable String validate(@Nullable String value) {
			return (value == null || value.length() < 2) ? "must have at least 2 characters" : null;
		}
	}

	/** Upper case. */
	public static class Upper implements ValueTransformer<String> {
		@Override
		public String apply(String value) {
			return value.toUpperCase(java.util.Locale.ROOT);
		}
	}
}
