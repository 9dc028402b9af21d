package dev.dynamite.core.singletable;

import java.time.Instant;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.KeyTemplate;

/**
 * A note on an order, stored right after it in the customer's partition: its sort key starts like an order's, so only
 * the discriminator tells the two apart.
 */
@DynamiteTable(value = "shop", type = "OrderNote")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderedAt}#{orderId}#NOTE#{noteId}")
public class OrderNote {

	String customerId;

	Instant orderedAt;

	String orderId;

	int noteId;

	String text;

	public OrderNote() {
	}

	public OrderNote(String customerId, Instant orderedAt, String orderId, int noteId, String text) {
		this.customerId = customerId;
		this.orderedAt = orderedAt;
		this.orderId = orderId;
		this.noteId = noteId;
		this.text = text;
	}

	public String getOrderId() { return this.orderId; }
	public String getText() { return this.text; }
}
