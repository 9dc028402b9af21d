package dev.dynamite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import dev.dynamite.core.badinput.Gadget;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls end in bounded time: an endpoint that accepts connections and never answers fails with an exception that
 * names it, and a local endpoint without credentials says what to set.
 */
class ConnectionFailureIntegrationTests {

	private ServerSocket silent;

	private final List<Socket> accepted = new ArrayList<>();

	@BeforeEach
	void startSilentServer() throws IOException {
		this.silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			try {
				while (!this.silent.isClosed()) {
					this.accepted.add(this.silent.accept());
				}
			}
			catch (IOException ex) {
				// closed
			}
		}, "silent-endpoint");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void stopSilentServer() throws IOException {
		this.silent.close();
		for (Socket socket : this.accepted) {
			socket.close();
		}
	}

	@Test
	void aSilentEndpointFailsWithinTheApiCallTimeoutNamingTheEndpoint() {
		String endpoint = "http://127.0.0.1:" + this.silent.getLocalPort();
		try (Dynamite dynamite = Dynamite.builder().endpoint(endpoint).credentials("test", "test")
			.apiCallTimeout(Duration.ofSeconds(2)).apiCallAttemptTimeout(Duration.ofMillis(500)).tables(Gadget.class)
			.build()) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> dynamite.template().findById(Gadget.class, "g1"))
				.isInstanceOf(DataAccessResourceFailureException.class)
				.hasMessageContaining("DynamoDB at " + endpoint);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void theBuiltClientHasBoundedDefaultTimeouts() {
		try (Dynamite dynamite = Dynamite.builder().endpoint("http://127.0.0.1:" + this.silent.getLocalPort())
			.credentials("test", "test").build()) {
			var override = dynamite.client().serviceClientConfiguration().overrideConfiguration();
			assertThat(override.apiCallTimeout()).contains(Dynamite.DEFAULT_API_CALL_TIMEOUT);
			assertThat(override.apiCallAttemptTimeout()).contains(Dynamite.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
			assertThat(Dynamite.DEFAULT_API_CALL_TIMEOUT).isLessThanOrEqualTo(Duration.ofSeconds(30));
		}
	}

	@Test
	void aLocalEndpointWithoutCredentialsSaysWhatToSet() {
		String previousKey = System.getProperty("aws.accessKeyId");
		System.clearProperty("aws.accessKeyId");
		try (Dynamite dynamite = Dynamite.builder().endpoint(LocalDynamoDb.endpoint()).tables(Gadget.class).build()) {
			assertThatThrownBy(() -> dynamite.template().findById(Gadget.class, "g1"))
				.isInstanceOf(DataAccessResourceFailureException.class)
				.hasMessageContaining("No AWS credentials for DynamoDB at " + LocalDynamoDb.endpoint())
				.hasMessageContaining("Dynamite.builder().credentials(")
				.hasMessageContaining("dynamite.credentials.access-key-id");
		}
		finally {
			if (previousKey != null) {
				System.setProperty("aws.accessKeyId", previousKey);
			}
		}
	}
}
