package dev.dynamite.autoconfigure.embedded;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.Assert;

/**
 * An in-memory DynamoDB Local server started by the auto-configuration on the loopback interface (options
 * {@code -inMemory -sharedDb -disableTelemetry}). Its data lives only as long as the application; it is stopped
 * when the application context closes.
 */
public final class EmbeddedDynamoDbLocal implements DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbLocal.class);

	private final URI endpoint;

	private final boolean loopbackOnly;

	private final AutoCloseable server;

	private volatile boolean stopped;

	EmbeddedDynamoDbLocal(URI endpoint, boolean loopbackOnly, AutoCloseable server) {
		this.endpoint = endpoint;
		this.loopbackOnly = loopbackOnly;
		this.server = server;
	}

	/**
	 * Starts an in-memory DynamoDB Local listening on 127.0.0.1.
	 * @param port the port, or 0 for a free one
	 * @return the running server
	 * @throws IllegalStateException when the server cannot start
	 */
	public static EmbeddedDynamoDbLocal start(int port) {
		Assert.isTrue(port >= 0 && port <= 65535, () -> "dynamite.embedded.port must be between 0 and 65535, was " + port);
		EmbeddedDynamoDbLocal local = DynamoDbLocalLauncher.launch(port);
		if (local.isLoopbackOnly()) {
			logger.info("Started embedded DynamoDB Local at " + local.getEndpoint()
					+ " (in-memory, listening on loopback only; its data is lost on shutdown)");
		}
		else {
			logger.warn("Started embedded DynamoDB Local at " + local.getEndpoint() + " (in-memory; WARNING: it "
					+ "listens on ALL network interfaces, not only loopback; set dynamite.embedded.enabled=false or "
					+ "dynamite.endpoint to avoid it)");
		}
		return local;
	}

	/**
	 * The endpoint, {@code http://127.0.0.1:<port>}.
	 * @return the endpoint, {@code http://127.0.0.1:<port>}
	 */
	public URI getEndpoint() {
		return this.endpoint;
	}

	/**
	 * The port the server listens on.
	 * @return the port the server listens on
	 */
	public int getPort() {
		return this.endpoint.getPort();
	}

	/**
	 * Whether the server accepts connections on the loopback interface only.
	 * @return whether the server accepts connections on the loopback interface only
	 */
	public boolean isLoopbackOnly() {
		return this.loopbackOnly;
	}

	/**
	 * Whether {@link #stop()} ran.
	 * @return whether {@link #stop()} ran
	 */
	public boolean isStopped() {
		return this.stopped;
	}

	/** Stops the server; the in-memory data is gone. Calling it again does nothing. */
	public synchronized void stop() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		try {
			this.server.close();
			logger.debug("Stopped embedded DynamoDB Local at " + this.endpoint);
		}
		catch (Exception ex) {
			logger.warn("Could not stop embedded DynamoDB Local at " + this.endpoint, ex);
		}
	}

	@Override
	public void destroy() {
		stop();
	}

	@Override
	public String toString() {
		return "EmbeddedDynamoDbLocal[" + this.endpoint + (this.stopped ? ", stopped" : "") + "]";
	}
}
