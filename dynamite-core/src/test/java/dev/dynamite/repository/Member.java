package dev.dynamite.repository;

import java.util.Set;

import org.springframework.data.annotation.Version;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.RandomUuid;
import dev.dynamite.mapping.UpdatedAt;

/** The seed's User, with a GSI on email, a number, a set, snake_case timestamps and a version. */
@DynamiteTable
public class Member {

	@PrimaryKey
	@Default(generator = RandomUuid.class)
	private String id;

	private String name;

	@GlobalIndex(name = "email_index")
	private String email;

	@Default("customer")
	private String role;

	@Default("true")
	private Boolean active;

	private Integer age;

	private Set<String> tags;

	private String nickname;

	@CreatedAt
	private String created_at;

	@UpdatedAt
	private String updated_at;

	@Version
	private Long version;

	public Member() {
	}

	public Member(String name, String email, String role, Integer age) {
		this.name = name;
		this.email = email;
		this.role = role;
		this.age = age;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

	public Integer getAge() {
		return this.age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

	public Set<String> getTags() {
		return this.tags;
	}

	public void setTags(Set<String> tags) {
		this.tags = tags;
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

	public String getCreated_at() {
		return this.created_at;
	}

	public void setCreated_at(String created_at) {
		this.created_at = created_at;
	}

	public String getUpdated_at() {
		return this.updated_at;
	}

	public void setUpdated_at(String updated_at) {
		this.updated_at = updated_at;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String toString() {
		return "Member[" + this.id + ", " + this.name + ", " + this.role + "]";
	}
}
