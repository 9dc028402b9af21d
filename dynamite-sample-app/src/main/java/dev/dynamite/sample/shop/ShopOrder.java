package dev.dynamite.sample.shop;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.IndexTemplate;
import dev.dynamite.mapping.KeyTemplate;

/**
 * An order, in its customer's partition of {@code shop} after the customer, in time order
 * ({@code sk = ORDER#<orderedAt>#<orderId>}); found by id through {@code gsi1}, overloaded with the customers' emails.
 */
@DynamiteTable(value = "shop", type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderedAt}#{orderId}")
@IndexTemplate(name = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
public class ShopOrder {

	private @Nullable String customerId;

	private @Nullable Instant orderedAt;

	private @Nullable String orderId;

	private long total;

	/** For Dynamite and Jackson. */
	public ShopOrder() {
	}

	/**
	 * A new order.
	 * @param customerId the customer
	 * @param orderedAt when it was placed
	 * @param orderId the order's id
	 * @param total the total, in cents
	 */
	public ShopOrder(String customerId, Instant orderedAt, String orderId, long total) {
		this.customerId = customerId;
		this.orderedAt = orderedAt;
		this.orderId = orderId;
		this.total = total;
	}

	public @Nullable String getCustomerId() {
		return this.customerId;
	}

	public @Nullable Instant getOrderedAt() {
		return this.orderedAt;
	}

	public @Nullable String getOrderId() {
		return this.orderId;
	}

	public long getTotal() {
		return this.total;
	}
}
