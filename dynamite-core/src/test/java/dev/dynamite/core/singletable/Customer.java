package dev.dynamite.core.singletable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.IndexTemplate;
import dev.dynamite.mapping.KeyTemplate;

/** A customer: one item per customer partition, found by email through the overloaded index gsi1. */
@DynamiteTable(value = "shop", type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
@IndexTemplate(name = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public class Customer {

	String id;

	String name;

	String email;

	public Customer() {
	}

	public Customer(String id, String name, String email) {
		this.id = id;
		this.name = name;
		this.email = email;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public String getEmail() { return this.email; }
}
