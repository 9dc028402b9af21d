package dev.dynamite.core.model;

import org.springframework.data.annotation.Version;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.UpdatedAt;

/** An account with counters: a primitive balance, a nullable visit count, a version and an update time. */
@DynamiteTable
public class Account {

	@PrimaryKey
	private String id;

	private String name;

	private long balance;

	private Integer visits;

	@Version
	private Long version;

	@UpdatedAt
	private String updatedAt;

	public Account() {
	}

	public Account(String id, long balance) {
		this.id = id;
		this.name = "account " + id;
		this.balance = balance;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public long getBalance() { return this.balance; }
	public void setBalance(long balance) { this.balance = balance; }
	public Integer getVisits() { return this.visits; }
	public void setVisits(Integer visits) { this.visits = visits; }
	public Long getVersion() { return this.version; }
	public void setVersion(Long version) { this.version = version; }
	public String getUpdatedAt() { return this.updatedAt; }
	public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
}
