package dev.dynamite.core.model;

import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Version;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.Name;
import dev.dynamite.mapping.PrimaryKey;

/** A versioned entity with collections and a renamed attribute. */
@DynamiteTable("docs")
public class Document {

	@PrimaryKey
	private String id;

	@Name("doc_title")
	private String title;

	private List<String> tags;

	private Set<String> labels;

	private String body;

	@Version
	private Long version;

	public Document() {
	}

	public Document(String id, String title) {
		this.id = id;
		this.title = title;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public List<String> getTags() { return this.tags; }
	public void setTags(List<String> tags) { this.tags = tags; }
	public Set<String> getLabels() { return this.labels; }
	public void setLabels(Set<String> labels) { this.labels = labels; }
	public String getBody() { return this.body; }
	public void setBody(String body) { this.body = body; }
	public Long getVersion() { return this.version; }
	public void setVersion(Long version) { this.version = version; }
}
