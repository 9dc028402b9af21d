package dev.dynamite.autoconfigure.validated;

import jakarta.validation.constraints.NotBlank;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity with a Bean Validation constraint. */
@DynamiteTable
public class Ticket {

	@PrimaryKey
	private String id;

	@NotBlank
	private String title;

	public Ticket() {
	}

	public Ticket(String id, String title) {
		this.id = id;
		this.title = title;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
}
