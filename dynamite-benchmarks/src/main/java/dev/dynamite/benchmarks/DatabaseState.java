package dev.dynamite.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.dynamite.Dynamite;
import dev.dynamite.benchmarks.model.Customer;
import dev.dynamite.benchmarks.model.Event;
import dev.dynamite.benchmarks.model.Order;
import dev.dynamite.core.DynamiteOperations;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The fixture every benchmark class extends: one DynamoDB Local per fork, its tables created by Dynamite's
 * {@code sync()}, and the three APIs on the same client. Subclasses seed their data in {@link #seed()}.
 */
@State(Scope.Benchmark)
public abstract class DatabaseState {

	/** {@code embedded} (in-process, no HTTP) or {@code http} (loopback, Apache5). */
	@Param({ LocalDatabase.EMBEDDED })
	public String transport = LocalDatabase.EMBEDDED;

	protected LocalDatabase database;

	protected Dynamite dynamite;

	/** Dynamite. */
	protected DynamiteOperations template;

	/** The raw SDK. */
	protected DynamoDbClient client;

	/** The SDK's enhanced client. */
	protected DynamoDbEnhancedClient enhanced;

	@Setup(Level.Trial)
	public void start() {
		this.database = LocalDatabase.start(this.transport);
		this.client = this.database.client();
		this.dynamite = Dynamite.builder().client(this.client).tables(Customer.class, Order.class, Event.class).build();
		this.dynamite.sync();
		this.template = this.dynamite.template();
		this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(this.client).build();
		seed();
	}

	/** Writes the data the benchmarks of the subclass read. */
	protected abstract void seed();

	@TearDown(Level.Trial)
	public void stop() {
		this.database.close();
	}
}
