package dev.dynamite.core.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dynamite.mapping.AfterCreate;
import dev.dynamite.mapping.AfterDestroy;
import dev.dynamite.mapping.AfterUpdate;
import dev.dynamite.mapping.BeforeCreate;
import dev.dynamite.mapping.BeforeDestroy;
import dev.dynamite.mapping.BeforeUpdate;
import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.Ulid;

/** The seed's hook test model: every lifecycle method records its call; two @BeforeCreate run in order. */
@DynamiteTable("hook_members")
public class Member {

	/** The calls, in order. */
	public static final List<String> calls = new CopyOnWriteArrayList<>();

	@PrimaryKey
	@Default(generator = Ulid.class)
	private String id;

	private String name;

	private String slug;

	private Integer level;

	private String note;

	@CreatedAt
	private String createdAt;

	public Member() {
	}

	public Member(String name) {
		this.name = name;
	}

	@BeforeCreate
	void fillSlug() {
		this.slug = this.name == null ? null : this.name.toLowerCase();
		calls.add("beforeCreate");
	}

	@BeforeCreate
	void markCreate() {
		calls.add("beforeCreate2");
	}

	@AfterCreate
	void afterCreate() {
		calls.add("afterCreate");
	}

	@BeforeUpdate
	void beforeUpdate(Map<String, ?> changes) {
		calls.add("beforeUpdate:" + String.join(",", new java.util.TreeSet<>(changes.keySet())));
		if (changes.containsKey("name")) {
			this.slug = String.valueOf(changes.get("name")).toLowerCase();
		}
	}

	@AfterUpdate
	void afterUpdate() {
		calls.add("afterUpdate");
	}

	@BeforeDestroy
	void beforeDestroy() {
		calls.add("beforeDestroy");
	}

	@AfterDestroy
	void afterDestroy() {
		calls.add("afterDestroy");
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public Integer getLevel() { return this.level; }
	public void setLevel(Integer level) { this.level = level; }
	public String getNote() { return this.note; }
	public void setNote(String note) { this.note = note; }
	public String getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
}
