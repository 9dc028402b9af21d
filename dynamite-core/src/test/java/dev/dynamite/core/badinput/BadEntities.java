package dev.dynamite.core.badinput;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** Entities that must be rejected when they are registered. */
final class BadEntities {

	private BadEntities() {
	}

	@DynamiteTable
	static class NoKey {
		String name;
	}

	@DynamiteTable
	static class TwoKeys {
		@PrimaryKey String first;
		@PrimaryKey String second;
	}

	@DynamiteTable
	static class TwoSortKeys {
		@PrimaryKey String id;
		@SortKey String a;
		@SortKey String b;
	}

	@DynamiteTable
	static class Unsupported {
		@PrimaryKey String id;
		Thread worker;
	}

	@DynamiteTable
	static class RawMap {
		@PrimaryKey String id;
		java.util.Map<String, Object> anything;
	}

	@DynamiteTable
	static class BooleanKey {
		@PrimaryKey Boolean flag;
	}

	@DynamiteTable
	static class BadIndex {
		@PrimaryKey String id;
		@GlobalIndex(name = "by_x", sortKey = "nowhere") String x;
	}

	@DynamiteTable
	static class LocalIndexWithoutSortKey {
		@PrimaryKey String id;
		@dev.dynamite.mapping.LocalIndex(name = "by_rank") int rank;
	}

	@DynamiteTable
	static class TwoIndexesOneName {
		@PrimaryKey String id;
		@GlobalIndex(name = "by_owner") String owner;
		@GlobalIndex(name = "by_owner") String team;
	}

	@DynamiteTable
	static class IncludeWithoutInclude {
		@PrimaryKey String id;
		@GlobalIndex(name = "by_owner", include = "name") String owner;
		String name;
	}

	@DynamiteTable
	static class IncludeOfNoField {
		@PrimaryKey String id;
		@GlobalIndex(name = "by_owner", projection = dev.dynamite.mapping.IndexProjection.INCLUDE, include = "nickname")
		String owner;
	}

	@DynamiteTable
	static class ConverterOfAnotherType {
		@PrimaryKey String id;
		@dev.dynamite.mapping.Convert(dev.dynamite.core.convert.Shipment.EpochDay.class) String day;
	}

	@DynamiteTable
	static class MapConvertedKey {
		@PrimaryKey @dev.dynamite.mapping.Convert(AsMap.class) String id;
	}

	/** Stores strings as maps: no key type. */
	public static class AsMap implements software.amazon.awssdk.enhanced.dynamodb.AttributeConverter<String> {

		@Override
		public software.amazon.awssdk.services.dynamodb.model.AttributeValue transformFrom(String input) {
			return software.amazon.awssdk.services.dynamodb.model.AttributeValue
				.fromM(java.util.Map.of("v", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(input)));
		}

		@Override
		public String transformTo(software.amazon.awssdk.services.dynamodb.model.AttributeValue input) {
			return input.m().get("v").s();
		}

		@Override
		public software.amazon.awssdk.enhanced.dynamodb.EnhancedType<String> type() {
			return software.amazon.awssdk.enhanced.dynamodb.EnhancedType.of(String.class);
		}

		@Override
		public software.amazon.awssdk.enhanced.dynamodb.AttributeValueType attributeValueType() {
			return software.amazon.awssdk.enhanced.dynamodb.AttributeValueType.M;
		}
	}

	@DynamiteTable
	static class StringTtl {
		@PrimaryKey String id;
		@dev.dynamite.mapping.Ttl String expires;
	}

	@DynamiteTable
	static class TwoTtls {
		@PrimaryKey String id;
		@dev.dynamite.mapping.Ttl Long first;
		@dev.dynamite.mapping.Ttl Long second;
	}

	@DynamiteTable
	static class NoShards {
		@PrimaryKey String id;
		@dev.dynamite.mapping.CreatedAt(indexed = true, shards = 0) String createdAt;
	}

	@DynamiteTable
	static class NumericDeleteAt {
		@PrimaryKey String id;
		@dev.dynamite.mapping.DeleteAt Integer deletedAt;
	}

	@DynamiteTable
	static class BadDefault {
		@PrimaryKey String id;
		@dev.dynamite.mapping.Default("yes") Boolean flag;
	}

	static class NotATable {
		@PrimaryKey String id;
	}
}
