package dev.dynamite.test.autoconfigure.app;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity of the slice tests. */
@DynamiteTable
public class Note {

	@PrimaryKey
	private String id;

	private String text;

	public Note() {
	}

	public Note(String id, String text) {
		this.id = id;
		this.text = text;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getText() { return this.text; }
	public void setText(String text) { this.text = text; }
}
