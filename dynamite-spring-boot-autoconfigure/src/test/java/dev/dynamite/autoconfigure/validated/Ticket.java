package dev.dynamite.autoconfigure.validated;

import jakarta.validation.constraints.NotBlank;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.LastModifiedBy;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity with a Bean Validation constraint and auditing fields. */
@DynamiteTable
public class Ticket {

	@PrimaryKey
	private String id;

	@NotBlank
	private String title;

	/** Tells a new ticket from a stored one (auditing's "is new"): Dynamite sets it on the first write. */
	@CreatedAt
	private String createdAt;

	@CreatedBy
	private String createdBy;

	@LastModifiedBy
	private String modifiedBy;

	public Ticket() {
	}

	public Ticket(String id, String title) {
		this.id = id;
		this.title = title;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getTitle() { return this.title; }
	public String getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	public String getCreatedBy() { return this.createdBy; }
	public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
	public String getModifiedBy() { return this.modifiedBy; }
	public void setModifiedBy(String modifiedBy) { this.modifiedBy = modifiedBy; }
	public void setTitle(String title) { this.title = title; }
}
