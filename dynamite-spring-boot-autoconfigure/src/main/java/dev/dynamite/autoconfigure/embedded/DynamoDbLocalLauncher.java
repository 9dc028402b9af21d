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
 * Starts DynamoDB Local in this JVM. {@link ServerRunner} has no host option and binds every interface; its
 * Jetty server is reached by reflection and its connector bound to 127.0.0.1 (and, for port 0, to a port the OS
 * chooses, so no other process can take it between choosing and binding). When the Jetty server cannot be reached,
 * DynamoDB Local starts as it is, on all interfaces, and {@link EmbeddedDynamoDbLocal#isLoopbackOnly()} says so.
 */
final class DynamoDbLocalLauncher {

	private static final String LOOPBACK = "127.0.0.1";

	/** A valid port for DynamoDB Local's argument parser; the connector's real port is set before binding. */
	private static final int PLACEHOLDER_PORT = 8000;

	private DynamoDbLocalLauncher() {
	}

	static EmbeddedDynamoDbLocal launch(int port) {
		DynamoDBProxyServer server = create((port > 0) ? port : PLACEHOLDER_PORT);
		ServerConnector connector = connector(server);
		if (connector == null) {
			return launchOnAllInterfaces(port);
		}
		connector.setHost(LOOPBACK);
		connector.setPort(port);
		start(server, LOOPBACK + ":" + port);
		// DynamoDBProxyServer.start() reports a bind failure on System.err and returns: check the connector
		int localPort = connector.getLocalPort();
		if (localPort <= 0) {
			stopQuietly(server);
			throw new IllegalStateException("Could not start embedded DynamoDB Local on " + LOOPBACK + ":" + port
					+ " (port in use?); set dynamite.embedded.port to a free port or 0");
		}
		return new EmbeddedDynamoDbLocal(URI.create("http://" + LOOPBACK + ":" + localPort), true, server::stop);
	}

	private static EmbeddedDynamoDbLocal launchOnAllInterfaces(int port) {
		int chosen = (port > 0) ? port : freePort();
		DynamoDBProxyServer server = create(chosen);
		start(server, "port " + chosen);
		if (!accepts(chosen)) {
			stopQuietly(server);
			throw new IllegalStateException("Could not start embedded DynamoDB Local on port " + chosen
					+ " (port in use?); set dynamite.embedded.port to a free port or 0");
		}
		return new EmbeddedDynamoDbLocal(URI.create("http://" + LOOPBACK + ":" + chosen), false, server::stop);
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

	private static void stopQuietly(DynamoDBProxyServer server) {
		try {
			server.stop();
		}
		catch (Exception ex) {
			// already failed; the original error is reported
		}
	}
}
