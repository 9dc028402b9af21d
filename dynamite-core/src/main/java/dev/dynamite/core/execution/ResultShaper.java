package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.plan.ReadPlan;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns the items a read fetched into its answer: ordered (where DynamoDB gave no order), skipped, limited and trimmed
 * to the requested attributes. Pure.
 */
public final class ResultShaper {

	private ResultShaper() {
	}

	/**
	 * The answer of the plan from the items read (the list may be sorted in place).
	 * @param plan the plan
	 * @param items the items
	 * @return the answer of the plan from the items read (the list may be sorted in place)
	 */
	public static List<Map<String, AttributeValue>> shape(ReadPlan plan, List<Map<String, AttributeValue>> items) {
		if (plan.inMemoryOrder() != null) {
			items.sort(plan.inMemoryOrder());
		}
		int from = Math.min(plan.skip(), items.size());
		int to = plan.limit() == null ? items.size() : (int) Math.min(items.size(), (long) from + plan.limit());
		if (from == 0 && to == items.size() && plan.keep() == null) {
			return items;
		}
		return trimAll(items.subList(from, to), plan.keep());
	}

	/**
	 * Each item trimmed to the attributes to keep (all when {@code keep} is null).
	 * @param items the items
	 * @param keep the keep
	 * @return each item trimmed to the attributes to keep (all when {@code keep} is null)
	 */
	public static List<Map<String, AttributeValue>> trimAll(List<Map<String, AttributeValue>> items,
			@Nullable Set<String> keep) {
		List<Map<String, AttributeValue>> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> item : items) {
			result.add(trim(item, keep));
		}
		return result;
	}

	/**
	 * The item with only the attributes to keep (itself when {@code keep} is null or holds all of them).
	 * @param item the item
	 * @param keep the keep
	 * @return the item with only the attributes to keep (itself when {@code keep} is null or holds all of them)
	 */
	public static Map<String, AttributeValue> trim(Map<String, AttributeValue> item, @Nullable Set<String> keep) {
		if (keep == null || keep.containsAll(item.keySet())) {
			return item;
		}
		Map<String, AttributeValue> trimmed = new LinkedHashMap<>(keep.size() * 2);
		for (String attribute : keep) {
			AttributeValue value = item.get(attribute);
			if (value != null) {
				trimmed.put(attribute, value);
			}
		}
		return trimmed;
	}
}
