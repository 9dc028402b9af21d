package dev.dynamite.autoconfigure.embedded;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lets an application that has finished exit although the embedded DynamoDB Local runs: once the application is
 * ready, a daemon thread watches for the moment when no thread of the application's own is left (a one-shot
 * {@code ApplicationRunner} has returned from {@code main}, no web server runs), and then closes the context, which
 * stops DynamoDB Local. Without it, DynamoDB Local's non-daemon threads would keep the JVM alive for ever.
 */
final class EmbeddedDynamoDbLocalExitGuard implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbLocalExitGuard.class);

	private static final Duration POLL = Duration.ofMillis(200);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		Thread watcher = new Thread(() -> watch(context), "dynamite-embedded-exit-guard");
		watcher.setDaemon(true);
		watcher.start();
	}

	private static void watch(ConfigurableApplicationContext context) {
		try {
			while (context.isActive()) {
				if (DynamoDbLocalThreads.onlyDynamoDbLocalThreadsLeft()) {
					logger.debug("The application has finished: closing its context and the embedded DynamoDB Local");
					context.close();
					return;
				}
				Thread.sleep(POLL.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
