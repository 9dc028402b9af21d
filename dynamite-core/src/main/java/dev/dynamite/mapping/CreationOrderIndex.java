package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The creation-order index of an entity with {@code @CreatedAt(indexed = true)}: a global index (projection ALL) whose
 * partition key is the attribute {@code dynamite_created_<shards>}, which Dynamite writes on every put with the shard
 * of the item's key, and whose sort key is the {@code @CreatedAt} attribute.
 *
 * @param name the index name (also its partition key attribute)
 * @param createdAt the {@code @CreatedAt} property, the index's sort key
 * @param shards how many shard values the items are spread over
 * @param tableKeys the attribute names of the table's primary key
 */
public record CreationOrderIndex(String name, DynamitePersistentProperty createdAt, int shards, List<String> tableKeys) {

	/** The most shards an index may have. */
	public static final int MAX_SHARDS = 64;

	/**
	 * The attribute holding an item's shard: the index's partition key.
	 * @return the attribute holding an item's shard
	 */
	public String shardAttribute() {
		return this.name;
	}

	/**
	 * Every shard value, in order: {@code "0"} .. {@code "<shards - 1>"}.
	 * @return every shard value
	 */
	public List<AttributeValue> shardValues() {
		List<AttributeValue> values = new ArrayList<>(this.shards);
		for (int shard = 0; shard < this.shards; shard++) {
			values.add(AttributeValue.fromS(Integer.toString(shard)));
		}
		return values;
	}

	/**
	 * The shard of an item, from its primary key: the same for every write of the item, on every JVM.
	 * @param key the item's primary key (or the item)
	 * @return the shard value
	 */
	public AttributeValue shardOf(Map<String, AttributeValue> key) {
		if (this.shards == 1) {
			return AttributeValue.fromS("0");
		}
		StringBuilder canonical = new StringBuilder();
		for (String attribute : this.tableKeys) {
			AttributeValue value = key.get(attribute);
			if (value != null) {
				canonical.append(value.s() != null ? value.s()
						: value.n() != null ? value.n() : Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()));
			}
			canonical.append('\u0000');
		}
		return AttributeValue.fromS(Integer.toString(Math.floorMod(canonical.toString().hashCode(), this.shards)));
	}
}
