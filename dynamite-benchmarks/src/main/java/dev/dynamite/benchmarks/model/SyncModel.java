package dev.dynamite.benchmarks.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** Ten small entities of an imaginary shop (four with a sort key, four with a GSI) for timing {@code sync()}. */
public final class SyncModel {

	/** The ten entity classes. */
	public static final List<Class<?>> TABLES = List.of(Account.class, Address.class, Cart.class, Coupon.class,
			Invoice.class, Payment.class, Product.class, Review.class, Shipment.class, Warehouse.class);

	private SyncModel() {
	}

	@DynamiteTable("sync_accounts")
	public static class Account {
		@PrimaryKey @Nullable String id;
		@GlobalIndex(name = "by_email") @Nullable String email;
		@CreatedAt @Nullable String createdAt;
	}

	@DynamiteTable("sync_addresses")
	public static class Address {
		@PrimaryKey @Nullable String account;
		@SortKey @Nullable String label;
		@Nullable String city;
	}

	@DynamiteTable("sync_carts")
	public static class Cart {
		@PrimaryKey @Nullable String id;
		@Nullable Integer items;
	}

	@DynamiteTable("sync_coupons")
	public static class Coupon {
		@PrimaryKey @Nullable String code;
		@Nullable Long percent;
	}

	@DynamiteTable("sync_invoices")
	public static class Invoice {
		@PrimaryKey @Nullable String account;
		@SortKey @Nullable Long number;
		@GlobalIndex(name = "by_status", sortKey = "number") @Nullable String status;
	}

	@DynamiteTable("sync_payments")
	public static class Payment {
		@PrimaryKey @Nullable String id;
		@GlobalIndex(name = "by_invoice") @Nullable String invoice;
	}

	@DynamiteTable("sync_products")
	public static class Product {
		@PrimaryKey @Nullable String sku;
		@GlobalIndex(name = "by_category") @Nullable String category;
		@Nullable Long price;
	}

	@DynamiteTable("sync_reviews")
	public static class Review {
		@PrimaryKey @Nullable String product;
		@SortKey @Nullable String author;
		@Nullable Integer stars;
	}

	@DynamiteTable("sync_shipments")
	public static class Shipment {
		@PrimaryKey @Nullable String order;
		@SortKey @Nullable Integer parcel;
	}

	@DynamiteTable("sync_warehouses")
	public static class Warehouse {
		@PrimaryKey @Nullable String id;
		@Nullable String region;
	}
}
