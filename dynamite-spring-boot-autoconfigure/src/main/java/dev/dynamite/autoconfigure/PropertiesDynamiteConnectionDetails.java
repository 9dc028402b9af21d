package dev.dynamite.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The {@link DynamiteConnectionDetails} of the {@code dynamite.*} properties: the configured endpoint or the embedded
 * DynamoDB Local's, the configured region ({@code us-east-1} with an endpoint, else the SDK's region chain), static
 * keys when both are set (DynamoDB Local's own with the embedded server), else none.
 */
final class PropertiesDynamiteConnectionDetails implements DynamiteConnectionDetails {

	/** DynamoDB Local accepts any credentials (it runs with {@code -sharedDb}). */
	private static final String LOCAL_KEY = "dynamite";

	private static final String LOCAL_SECRET = "local";

	private final DynamiteProperties properties;

	private final @Nullable EmbeddedDynamoDbLocal embedded;

	PropertiesDynamiteConnectionDetails(DynamiteProperties properties, @Nullable EmbeddedDynamoDbLocal embedded) {
		this.properties = properties;
		this.embedded = embedded;
	}

	@Override
	public @Nullable URI getEndpoint() {
		URI configured = this.properties.getEndpoint();
		if (configured != null) {
			return configured;
		}
		return (this.embedded != null) ? this.embedded.getEndpoint() : null;
	}

	@Override
	public String getRegion() {
		String region = this.properties.getRegion();
		if (region != null && !region.isBlank()) {
			return region.trim();
		}
		if (getEndpoint() != null) {
			return Region.US_EAST_1.id();
		}
		return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
	}

	@Override
	public @Nullable String getAccessKeyId() {
		DynamiteProperties.Credentials credentials = this.properties.getCredentials();
		return credentials.hasKeys() ? credentials.getAccessKeyId() : usesEmbedded() ? LOCAL_KEY : null;
	}

	@Override
	public @Nullable String getSecretAccessKey() {
		DynamiteProperties.Credentials credentials = this.properties.getCredentials();
		return credentials.hasKeys() ? credentials.getSecretAccessKey() : usesEmbedded() ? LOCAL_SECRET : null;
	}

	private boolean usesEmbedded() {
		return this.embedded != null && this.properties.getEndpoint() == null;
	}

	@Override
	public String toString() {
		return "PropertiesDynamiteConnectionDetails[endpoint=" + getEndpoint() + ", credentials="
				+ (getAccessKeyId() == null ? "default chain" : "static (hidden)") + "]";
	}
}
