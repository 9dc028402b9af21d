package dev.dynamite.core.model;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** A composite-key entity with a GSI (status, by total) and reserved-word attribute names. */
@DynamiteTable
public class Order {

	@PrimaryKey
	private String customer;

	@SortKey
	private Integer number;

	@GlobalIndex(name = "by_status", sortKey = "total")
	private String status;

	/** A primitive: every item has it, so the by_status index (sorted by total) holds every order. */
	private long total;

	/** "comment" and "size" are DynamoDB reserved words. */
	private String comment;

	private Integer size;

	public Order() {
	}

	public Order(String customer, int number, String status, long total) {
		this.customer = customer;
		this.number = number;
		this.status = status;
		this.total = total;
	}

	public String getCustomer() { return this.customer; }
	public void setCustomer(String customer) { this.customer = customer; }
	public Integer getNumber() { return this.number; }
	public void setNumber(Integer number) { this.number = number; }
	public String getStatus() { return this.status; }
	public void setStatus(String status) { this.status = status; }
	public long getTotal() { return this.total; }
	public void setTotal(long total) { this.total = total; }
	public String getComment() { return this.comment; }
	public void setComment(String comment) { this.comment = comment; }
	public Integer getSize() { return this.size; }
	public void setSize(Integer size) { this.size = size; }
}
