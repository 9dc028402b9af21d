package dev.dynamite.repository;

import java.time.Instant;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity audited with Spring Data's {@code @CreatedDate} / {@code @LastModifiedDate}. */
@DynamiteTable
public class Ticket {

	@PrimaryKey
	private String id;

	private Integer number;

	private Boolean open;

	@CreatedDate
	private Instant created;

	@LastModifiedDate
	private Instant modified;

	public Ticket() {
	}

	public Ticket(String id, int number) {
		this.id = id;
		this.number = number;
		this.open = true;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Boolean getOpen() {
		return this.open;
	}

	public void setOpen(Boolean open) {
		this.open = open;
	}

	public Instant getCreated() {
		return this.created;
	}

	public void setCreated(Instant created) {
		this.created = created;
	}

	public Instant getModified() {
		return this.modified;
	}

	public void setModified(Instant modified) {
		this.modified = modified;
	}
}
