package dev.dynamite.sample.shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.dynamite.core.Key;
import dev.dynamite.repository.DynamiteRepository;

/** Orders: each method is one Query on the shared table or its overloaded index. */
public interface ShopOrderRepository extends DynamiteRepository<ShopOrder, Key> {

	/**
	 * A customer's orders since a time: Query {@code pk = CUSTOMER#<id> AND sk >= ORDER#<since>}.
	 * @param customerId the customer
	 * @param since the earliest order time
	 * @return the orders, oldest first
	 */
	List<ShopOrder> findByCustomerIdAndOrderedAtGreaterThanEqual(String customerId, Instant since);

	/**
	 * An order by its id: Query on {@code gsi1}, {@code gsi1pk = ORDER#<id>}.
	 * @param orderId the order's id
	 * @return the order
	 */
	Optional<ShopOrder> findByOrderId(String orderId);
}
