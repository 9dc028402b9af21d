package dev.dynamite.sample.shop;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.IndexTemplate;
import dev.dynamite.mapping.KeyTemplate;

/**
 * A customer: the first item of its partition in the shared table {@code shop} ({@code pk = CUSTOMER#<id>},
 * {@code sk = PROFILE}); found by email through the overloaded index {@code gsi1}.
 */
@DynamiteTable(value = "shop", type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
@IndexTemplate(name = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public class Customer {

	private @Nullable String id;

	private @Nullable String name;

	private @Nullable String email;

	/** For Dynamite and Jackson. */
	public Customer() {
	}

	/**
	 * A new customer.
	 * @param id the id
	 * @param name the name
	 * @param email the email address
	 */
	public Customer(String id, String name, String email) {
		this.id = id;
		this.name = name;
		this.email = email;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}
}
