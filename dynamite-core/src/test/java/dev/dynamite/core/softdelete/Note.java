package dev.dynamite.core.softdelete;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.DeleteAt;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.IndexProjection;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.UpdatedAt;

/** A note that is soft-deleted: an ALL index (topic) and a keys-only one (owner). */
@DynamiteTable
public class Note {

	@PrimaryKey
	private String id;

	@GlobalIndex(name = "by_topic")
	private String topic;

	@GlobalIndex(name = "by_owner", projection = IndexProjection.KEYS_ONLY)
	private String owner;

	private String text;

	@CreatedAt
	private String createdAt;

	@UpdatedAt
	private String updatedAt;

	@DeleteAt
	private String deletedAt;

	public Note() {
	}

	public Note(String id, String topic, String owner) {
		this.id = id;
		this.topic = topic;
		this.owner = owner;
		this.text = "note " + id;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getTopic() { return this.topic; }
	public void setTopic(String topic) { this.topic = topic; }
	public String getOwner() { return this.owner; }
	public void setOwner(String owner) { this.owner = owner; }
	public String getText() { return this.text; }
	public void setText(String text) { this.text = text; }
	public String getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	public String getUpdatedAt() { return this.updatedAt; }
	public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
	public String getDeletedAt() { return this.deletedAt; }
	public void setDeletedAt(String deletedAt) { this.deletedAt = deletedAt; }
}
