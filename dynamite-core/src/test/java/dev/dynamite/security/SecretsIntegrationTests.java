package dev.dynamite.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.User;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With static credentials, the secret access key never shows: not in any log event at any level (TRACE everywhere,
 * the SDK's request logging and the HTTP client's wire and header logging included), not in {@code toString()} of
 * Dynamite's objects, not in any exception message or stack trace of a full run that also fails on purpose.
 */
class SecretsIntegrationTests {

	private static final String ACCESS_KEY = "AKIDDYNAMITETEST0001";

	/** Distinctive, so any leak is unambiguous; pieces are checked too. */
	private static final String SECRET = "dYn4m1te/S3cretKey+DoNotLeak/0123456789ab";

	@Test
	void theSecretNeverAppearsInLogsToStringOrExceptions() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level rootLevel = root.getLevel();
		List<Appender<ILoggingEvent>> detached = new ArrayList<>();
		root.iteratorForAppenders().forEachRemaining(detached::add);
		Map<String, Level> levels = new java.util.HashMap<>();
		for (String name : List.of("software.amazon.awssdk", "software.amazon.awssdk.request", "org.apache.hc",
				"org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers", "dev.dynamite",
				"com.amazonaws.services.dynamodbv2.local", "org.eclipse.jetty")) {
			levels.put(name, context.getLogger(name).getLevel());
		}
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.setContext(context);
		captured.start();
		List<String> texts = new ArrayList<>();
		try {
			detached.forEach(root::detachAppender);
			root.addAppender(captured);
			root.setLevel(Level.TRACE);
			levels.keySet().forEach(name -> context.getLogger(name).setLevel(Level.TRACE));
			runEverything(texts);
		}
		finally {
			root.detachAppender(captured);
			detached.forEach(root::addAppender);
			root.setLevel(rootLevel);
			levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
			captured.stop();
		}
		for (ILoggingEvent event : captured.list) {
			texts.add(event.getLoggerName() + " " + event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}
		// the capture really saw the wire: signed requests, their headers and the access key id
		assertThat(captured.list).hasSizeGreaterThan(100);
		assertThat(texts).anyMatch(t -> t.contains("AWS4-HMAC-SHA256"));
		assertThat(texts).anyMatch(t -> t.contains(ACCESS_KEY));
		assertThat(texts).anyMatch(t -> t.startsWith("org.apache.hc.client5.http.wire"));
		for (String text : texts) {
			assertThat(text).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 20))
				.doesNotContain(SECRET.substring(20));
		}
		System.out.printf("[reliability] secrets: %d log events at TRACE and %d toString/exception texts checked%n",
				captured.list.size(), texts.size() - captured.list.size());
	}

	private static void runEverything(List<String> texts) {
		Dynamite.Builder builder = Dynamite.builder()
			.region("us-east-1")
			.endpoint(LocalDynamoDb.endpoint())
			.credentials(ACCESS_KEY, SECRET)
			.tablePrefix(LocalDynamoDb.uniquePrefix("secrets"))
			.tables(User.class, Order.class);
		texts.add(builder.toString());
		try (Dynamite dynamite = builder.build()) {
			texts.add(dynamite.toString());
			texts.add(dynamite.client().toString());
			texts.add(String.valueOf(dynamite.client().serviceClientConfiguration()));
			texts.add(String.valueOf(dynamite.client().serviceClientConfiguration().credentialsProvider()));
			DynamiteOperations template = dynamite.template();
			texts.add(template.toString());
			texts.add(template.getConverter().toString());
			texts.add(template.getMappingContext().toString());
			dynamite.sync();
			dynamite.sync(SyncMode.VALIDATE);
			User user = template.create(new User("Sam", "sam@example.com"));
			texts.add(Filter.where("id", user.getId()).toString());
			texts.add(QueryOptions.builder().limit(1).build().toString());
			template.where(User.class, Filter.where("email", "sam@example.com"));
			template.update(User.class, Map.of("role", "admin"), Filter.where("id", user.getId()));
			template.saveAll(List.of(new Order("c", 1, "open", 1), new Order("c", 2, "open", 2)));
			template.transaction(tx -> tx.create(new Order("c", 3, "open", 3)));
			template.delete(Order.class, Filter.all());
			// failures on purpose: their messages, causes and stack traces are checked too
			collect(texts, () -> template.create(user));
			collect(texts, () -> template.where(User.class, Filter.where("nope", 1)));
			collect(texts, () -> Dynamite.builder().client(dynamite.client()).tablePrefix("missing_").tables(User.class)
				.build().template().findById(User.class, "x"));
			collect(texts, () -> dynamite.sync(SyncMode.VALIDATE).forEach(change -> { }));
			template.delete(User.class, Filter.all());
		}
		// a client whose calls fail at the transport: the SDK's exception carries request details
		try (Dynamite unreachable = Dynamite.builder()
			.region("us-east-1")
			.endpoint("http://127.0.0.1:9")
			.credentials(ACCESS_KEY, SECRET)
			.build()) {
			collect(texts, () -> unreachable.template().findById(User.class, "x"));
		}
	}

	private static void collect(List<String> texts, Runnable failing) {
		try {
			failing.run();
		}
		catch (RuntimeException ex) {
			Throwable current = ex;
			while (current != null) {
				texts.add(String.valueOf(current.getMessage()));
				texts.add(current.toString());
				current = current.getCause();
			}
			java.io.StringWriter trace = new java.io.StringWriter();
			ex.printStackTrace(new java.io.PrintWriter(trace));
			texts.add(trace.toString());
		}
	}
}
