package dev.dynamite.autoconfigure.embedded;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

/**
 * Starts DynamoDB Local in this JVM. {@link ServerRunner} has no host option and binds every interface (0.0.0.0);
 * its Jetty server (a private field of {@link DynamoDBProxyServer}) is reached by reflection and its only connector
 * bound to 127.0.0.1 before it starts. When the Jetty server cannot be reached (another DynamoDB Local version),
 * DynamoDB Local starts as it is, on all interfaces, and {@link EmbeddedDynamoDbLocal#isLoopbackOnly()} says so.
 */
final class DynamoDbLocalLauncher {

	private static final String LOOPBACK = "127.0.0.1";

	private static final int FREE_PORT_ATTEMPTS = 3;

	private DynamoDbLocalLauncher() {
	}

	static EmbeddedDynamoDbLocal launch(int port) {
		// every thread DynamoDB Local starts belongs to its own group (see DynamoDbLocalThreads)
		return DynamoDbLocalThreads.inGroup(() -> launchInGroup(port));
	}

	private static EmbeddedDynamoDbLocal launchInGroup(int port) {
		if (port > 0) {
			return launchOnLoopback(port);
		}
		// a free port is chosen first so that DynamoDB Local's banner shows the real one; should another process
		// take it before DynamoDB Local binds it, another free port is tried
		@Nullable IllegalStateException failure = null;
		for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
			try {
				return launchOnLoopback(freePort());
			}
			catch (IllegalStateException ex) {
				failure = ex;
			}
		}
		throw (failure != null) ? failure : new IllegalStateException("No free port for embedded DynamoDB Local");
	}

	private static EmbeddedDynamoDbLocal launchOnLoopback(int port) {
		DynamoDBProxyServer server = create(port);
		ServerConnector connector = connector(server);
		if (connector == null) {
			return launchOnAllInterfaces(server, port);
		}
		connector.setHost(LOOPBACK);
		start(server, LOOPBACK + ":" + port);
		// DynamoDBProxyServer.start() reports some bind failures on System.err and returns: check the connector
		if (connector.getLocalPort() != port) {
			stopQuietly(server);
			throw new IllegalStateException("Could not start embedded DynamoDB Local on " + LOOPBACK + ":" + port
					+ " (port in use?); set dynamite.embedded.port to a free port or 0");
		}
		return new EmbeddedDynamoDbLocal(URI.create("http://" + LOOPBACK + ":" + port), true, () -> stop(server));
	}

	private static EmbeddedDynamoDbLocal launchOnAllInterfaces(DynamoDBProxyServer server, int port) {
		start(server, "port " + port);
		if (!accepts(port)) {
			stopQuietly(server);
			throw new IllegalStateException("Could not start embedded DynamoDB Local on port " + port
					+ " (port in use?); set dynamite.embedded.port to a free port or 0");
		}
		return new EmbeddedDynamoDbLocal(URI.create("http://" + LOOPBACK + ":" + port), false, () -> stop(server));
	}

	private static DynamoDBProxyServer create(int port) {
		try {
			return ServerRunner.createServerFromCommandLineArgs(new String[] { "-inMemory", "-sharedDb",
					"-disableTelemetry", "-port", String.valueOf(port) });
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create embedded DynamoDB Local: " + ex.getMessage(), ex);
		}
	}

	private static void start(DynamoDBProxyServer server, String address) {
		try {
			server.start();
		}
		catch (Exception ex) {
			stopQuietly(server);
			throw new IllegalStateException("Could not start embedded DynamoDB Local on " + address + " ("
					+ ex.getMessage() + "); set dynamite.embedded.port to a free port or 0", ex);
		}
	}

	/** The Jetty connector of DynamoDB Local (a private field), or null when this version has none. */
	private static @Nullable ServerConnector connector(DynamoDBProxyServer server) {
		try {
			Field field = ReflectionUtils.findField(DynamoDBProxyServer.class, "server", Server.class);
			if (field == null) {
				return null;
			}
			ReflectionUtils.makeAccessible(field);
			Server jetty = (Server) field.get(server);
			Connector[] connectors = (jetty != null) ? jetty.getConnectors() : new Connector[0];
			if (connectors.length == 1 && connectors[0] instanceof ServerConnector connector) {
				return connector;
			}
			return null;
		}
		catch (RuntimeException | IllegalAccessException | LinkageError ex) {
			return null;
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(LOOPBACK, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for embedded DynamoDB Local", ex);
		}
	}

	/** Stops Jetty and the database, then the job executors {@code stop()} leaves running (non-daemon threads). */
	private static void stop(DynamoDBProxyServer server) throws Exception {
		try {
			server.stop();
		}
		finally {
			DynamoDbLocalThreads.shutdownExecutors(server);
		}
	}

	private static void stopQuietly(DynamoDBProxyServer server) {
		try {
			stop(server);
		}
		catch (Exception ex) {
			// already failed; the original error is reported
		}
	}
}
