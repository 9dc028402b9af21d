package dev.dynamite.benchmarks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.benchmarks.model.Customer;
import dev.dynamite.benchmarks.model.Event;
import dev.dynamite.benchmarks.model.Order;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapping a developer writes by hand for the raw SDK: attribute maps to and from the entities, no reflection.
 * It is the baseline Dynamite's generic converter is measured against.
 */
final class RawMapping {

	private RawMapping() {
	}

	static String now() {
		return Instant.now().toString();
	}

	static Map<String, AttributeValue> customerItem(Customer c) {
		Map<String, AttributeValue> item = new HashMap<>(16);
		putS(item, "id", c.getId());
		putS(item, "name", c.getName());
		putS(item, "email", c.getEmail());
		putS(item, "tier", c.getTier());
		if (c.getActive() != null) {
			item.put("active", AttributeValue.fromBool(c.getActive()));
		}
		if (c.getVisits() != null) {
			item.put("visits", AttributeValue.fromN(c.getVisits().toString()));
		}
		putS(item, "createdAt", c.getCreatedAt());
		putS(item, "updatedAt", c.getUpdatedAt());
		return item;
	}

	static Customer customer(Map<String, AttributeValue> item) {
		Customer c = new Customer();
		c.setId(s(item, "id"));
		c.setName(s(item, "name"));
		c.setEmail(s(item, "email"));
		c.setTier(s(item, "tier"));
		AttributeValue active = item.get("active");
		c.setActive(active == null ? null : active.bool());
		AttributeValue visits = item.get("visits");
		c.setVisits(visits == null ? null : Integer.valueOf(visits.n()));
		c.setCreatedAt(s(item, "createdAt"));
		c.setUpdatedAt(s(item, "updatedAt"));
		return c;
	}

	static Map<String, AttributeValue> orderItem(Order o) {
		Map<String, AttributeValue> item = new HashMap<>(8);
		putS(item, "customer", o.getCustomer());
		item.put("number", AttributeValue.fromN(String.valueOf(o.getNumber())));
		putS(item, "status", o.getStatus());
		if (o.getTotal() != null) {
			item.put("total", AttributeValue.fromN(o.getTotal().toString()));
		}
		putS(item, "note", o.getNote());
		return item;
	}

	static Order order(Map<String, AttributeValue> item) {
		Order o = new Order();
		o.setCustomer(s(item, "customer"));
		o.setNumber(Integer.valueOf(item.get("number").n()));
		o.setStatus(s(item, "status"));
		AttributeValue total = item.get("total");
		o.setTotal(total == null ? null : Long.valueOf(total.n()));
		o.setNote(s(item, "note"));
		return o;
	}

	static Map<String, AttributeValue> eventItem(Event e) {
		Map<String, AttributeValue> item = new HashMap<>(8);
		putS(item, "stream", e.getStream());
		item.put("seq", AttributeValue.fromN(String.valueOf(e.getSeq())));
		putS(item, "type", e.getType());
		if (e.getAmount() != null) {
			item.put("amount", AttributeValue.fromN(e.getAmount().toString()));
		}
		putS(item, "payload", e.getPayload());
		return item;
	}

	private static void putS(Map<String, AttributeValue> item, String name, @Nullable String value) {
		if (value != null) {
			item.put(name, AttributeValue.fromS(value));
		}
	}

	private static @Nullable String s(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}
}
