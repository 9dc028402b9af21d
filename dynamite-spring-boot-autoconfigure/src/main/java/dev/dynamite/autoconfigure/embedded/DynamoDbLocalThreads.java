package dev.dynamite.autoconfigure.embedded;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The threads of the embedded DynamoDB Local. It leaves non-daemon threads behind (Jetty's pool, its job executors,
 * the SQLite queue), which would keep a finished application's JVM alive. Started from a thread of its own
 * {@link ThreadGroup}, every thread it creates belongs to that group, so Dynamite can tell them from the
 * application's threads; and stopping shuts down the job executors that {@code DynamoDBProxyServer.stop()} leaves
 * running.
 */
final class DynamoDbLocalThreads {

	/** The group of every thread DynamoDB Local starts in this JVM. */
	static final ThreadGroup GROUP = new ThreadGroup("dynamodb-local");

	private static final String LOCAL_PACKAGE = "com.amazonaws.services.dynamodbv2.local.";

	private static final int MAX_DEPTH = 10;

	private DynamoDbLocalThreads() {
	}

	/** Runs the work on a thread of {@link #GROUP} and waits for it. */
	static <T> T inGroup(Callable<T> work) {
		AtomicReference<@Nullable T> result = new AtomicReference<>();
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		Thread starter = new Thread(GROUP, () -> {
			try {
				result.set(work.call());
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "dynamodb-local-start");
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting embedded DynamoDB Local", ex);
		}
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw new IllegalStateException(thrown.getMessage(), thrown);
		}
		T value = result.get();
		if (value == null) {
			throw new IllegalStateException("Embedded DynamoDB Local did not start");
		}
		return value;
	}

	/**
	 * Shuts down, interrupting their running jobs, the executors DynamoDB Local holds (reached through its own
	 * objects, starting at the server).
	 */
	static void shutdownExecutors(Object server) {
		visit(server, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static void visit(@Nullable Object value, int depth, Set<Object> seen) {
		if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
			return;
		}
		if (value instanceof ExecutorService executor) {
			executor.shutdownNow();
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.values().forEach(each -> visit(each, depth + 1, seen));
			return;
		}
		if (!value.getClass().getName().startsWith(LOCAL_PACKAGE)) {
			return;
		}
		for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
					continue;
				}
				try {
					field.setAccessible(true);
					visit(field.get(value), depth + 1, seen);
				}
				catch (RuntimeException | IllegalAccessException ex) {
					// a field this version hides: nothing to shut down there
				}
			}
		}
	}

	/**
	 * Whether the application has finished: no live non-daemon thread is left but DynamoDB Local's own and the
	 * JVM's {@code DestroyJavaVM} (which waits for the others once {@code main} has returned).
	 */
	static boolean onlyDynamoDbLocalThreadsLeft() {
		ThreadGroup root = Thread.currentThread().getThreadGroup();
		while (root.getParent() != null) {
			root = root.getParent();
		}
		Thread[] threads = new Thread[root.activeCount() + 16];
		int count = root.enumerate(threads, true);
		boolean destroyJavaVm = false;
		for (int i = 0; i < count; i++) {
			Thread thread = threads[i];
			if (thread.isDaemon() || !thread.isAlive() || isDynamoDbLocal(thread)) {
				continue;
			}
			if ("DestroyJavaVM".equals(thread.getName())) {
				destroyJavaVm = true;
				continue;
			}
			return false;
		}
		return destroyJavaVm;
	}

	private static boolean isDynamoDbLocal(Thread thread) {
		for (ThreadGroup group = thread.getThreadGroup(); group != null; group = group.getParent()) {
			if (group == GROUP) {
				return true;
			}
		}
		return false;
	}
}
