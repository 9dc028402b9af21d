package dev.dynamite.core.singletable;

import java.time.Instant;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.IndexTemplate;
import dev.dynamite.mapping.KeyTemplate;

/**
 * An order in its customer's partition, ordered by time; found by id through gsi1 (overloaded with the customer's
 * email) and by status through gsi2.
 */
@DynamiteTable(value = "shop", type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderedAt}#{orderId}")
@IndexTemplate(name = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
@IndexTemplate(name = "gsi2", partition = "STATUS#{status}", sort = "{orderedAt}")
public class ShopOrder {

	String customerId;

	Instant orderedAt;

	String orderId;

	long total;

	String status;

	public ShopOrder() {
	}

	public ShopOrder(String customerId, Instant orderedAt, String orderId, long total, String status) {
		this.customerId = customerId;
		this.orderedAt = orderedAt;
		this.orderId = orderId;
		this.total = total;
		this.status = status;
	}

	public String getCustomerId() { return this.customerId; }
	public Instant getOrderedAt() { return this.orderedAt; }
	public String getOrderId() { return this.orderId; }
	public long getTotal() { return this.total; }
	public String getStatus() { return this.status; }
}
