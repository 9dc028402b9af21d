package dev.dynamite.core.trust;

import java.util.Set;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;

/** A GSI whose sort key many items lack (DynamoDB leaves them out of the index), a set, a snake_case field. */
@DynamiteTable
public class Listener {

	@PrimaryKey
	private String id;

	private String name;

	@GlobalIndex(name = "by_post_code", sortKey = "numberOfPlaylists")
	private String postCode;

	private Integer numberOfPlaylists;

	private Set<String> tags;

	@CreatedAt
	private String created_at;

	public Listener() {
	}

	public Listener(String id, String name, String postCode, Integer numberOfPlaylists, Set<String> tags) {
		this.id = id;
		this.name = name;
		this.postCode = postCode;
		this.numberOfPlaylists = numberOfPlaylists;
		this.tags = tags;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getPostCode() { return this.postCode; }
	public void setPostCode(String postCode) { this.postCode = postCode; }
	public Integer getNumberOfPlaylists() { return this.numberOfPlaylists; }
	public void setNumberOfPlaylists(Integer numberOfPlaylists) { this.numberOfPlaylists = numberOfPlaylists; }
	public Set<String> getTags() { return this.tags; }
	public void setTags(Set<String> tags) { this.tags = tags; }
	public String getCreated_at() { return this.created_at; }
	public void setCreated_at(String created_at) { this.created_at = created_at; }
}
