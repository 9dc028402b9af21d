package dev.dynamite.core.singletable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.dynamite.core.Key;
import dev.dynamite.repository.DynamiteRepository;

/** Derived queries on a single-table entity. */
public interface ShopOrderRepository extends DynamiteRepository<ShopOrder, Key> {

	List<ShopOrder> findByCustomerId(String customerId);

	List<ShopOrder> findByCustomerIdAndOrderedAtGreaterThanEqual(String customerId, Instant from);

	Optional<ShopOrder> findByOrderId(String orderId);

	Page<ShopOrder> findByCustomerId(String customerId, Pageable pageable);

	Window<ShopOrder> findFirst10ByCustomerId(String customerId, ScrollPosition position);

	long countByStatus(String status);

	List<ShopOrder> findFirst3ByCustomerIdOrderByOrderedAtDesc(String customerId);
}
