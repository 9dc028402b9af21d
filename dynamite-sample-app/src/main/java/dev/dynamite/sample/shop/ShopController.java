package dev.dynamite.sample.shop;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.ItemCollection;

/**
 * Customers and their orders in one table (see docs/single-table.md); each endpoint says the DynamoDB request it
 * sends.
 */
@RestController
@RequestMapping("/shop")
public class ShopController {

	private final DynamiteOperations dynamite;

	private final ShopOrderRepository orders;

	/**
	 * @param dynamite the template (item collections)
	 * @param orders the order repository
	 */
	public ShopController(DynamiteOperations dynamite, ShopOrderRepository orders) {
		this.dynamite = dynamite;
		this.orders = orders;
	}

	/**
	 * Creates a customer: one PutItem.
	 * @param body the customer
	 * @return 201 with the customer
	 */
	@PostMapping("/customers")
	public ResponseEntity<Customer> createCustomer(@Valid @RequestBody NewCustomer body) {
		Customer created = this.dynamite.create(new Customer(body.id(), body.name(), body.email()));
		return ResponseEntity.created(URI.create("/shop/customers/" + body.id())).body(created);
	}

	/**
	 * Places an order now: one PutItem.
	 * @param id the customer
	 * @param body the order
	 * @return 201 with the order
	 */
	@PostMapping("/customers/{id}/orders")
	public ResponseEntity<ShopOrder> placeOrder(@PathVariable String id, @Valid @RequestBody NewOrder body) {
		ShopOrder created = this.dynamite.create(new ShopOrder(id, Instant.now(), body.orderId(), body.total()));
		return ResponseEntity.created(URI.create("/shop/orders/" + body.orderId())).body(created);
	}

	/**
	 * A customer with all of its orders: one Query of the customer's partition ({@code pk = CUSTOMER#<id>}).
	 * @param id the customer
	 * @return the customer and its orders, oldest first; 404 when there is no such customer
	 */
	@GetMapping("/customers/{id}")
	public Map<String, Object> customer(@PathVariable String id) {
		ItemCollection partition = this.dynamite.collection(Customer.class, Map.of("id", id));
		Customer customer = partition.first(Customer.class)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + id));
		return Map.of("customer", customer, "orders", partition.list(ShopOrder.class));
	}

	/**
	 * A customer's orders since a time: one Query with a range on the sort key.
	 * @param id the customer
	 * @param since the earliest order time (ISO-8601)
	 * @return the orders, oldest first
	 */
	@GetMapping("/customers/{id}/orders")
	public List<ShopOrder> ordersSince(@PathVariable String id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
		return this.orders.findByCustomerIdAndOrderedAtGreaterThanEqual(id, since);
	}

	/**
	 * An order by its id: one Query on the overloaded index {@code gsi1}.
	 * @param orderId the order's id
	 * @return the order; 404 when there is none
	 */
	@GetMapping("/orders/{orderId}")
	public ShopOrder order(@PathVariable String orderId) {
		return this.orders.findByOrderId(orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId));
	}

	/**
	 * A new customer.
	 * @param id its id
	 * @param name its name
	 * @param email its email address
	 */
	public record NewCustomer(@NotBlank String id, @NotBlank String name, @NotBlank String email) {
	}

	/**
	 * A new order.
	 * @param orderId its id
	 * @param total its total, in cents
	 */
	public record NewOrder(@NotBlank String orderId, @PositiveOrZero long total) {
	}
}
