package dev.dynamite.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where and as whom the auto-configured DynamoDB clients connect, as Spring Boot's data stores have it: the
 * {@code dynamite.*} properties (or the embedded DynamoDB Local) by default; a bean of your own wins over them, and
 * no embedded server starts then.
 */
public interface DynamiteConnectionDetails extends ConnectionDetails {

	/**
	 * The endpoint override, such as {@code http://localhost:8000}, or {@code null} for AWS's endpoint of the region.
	 * @return the endpoint override, such as {@code http://localhost:8000}, or {@code null} for AWS's endpoint of the
	 * region
	 */
	@Nullable URI getEndpoint();

	/**
	 * The AWS region.
	 * @return the AWS region
	 */
	String getRegion();

	/**
	 * The access key id of static credentials, or {@code null} for the default AWS credentials chain.
	 * @return the access key id of static credentials, or {@code null} for the default AWS credentials chain
	 */
	@Nullable String getAccessKeyId();

	/**
	 * The secret access key of static credentials, or {@code null} for the default AWS credentials chain.
	 * @return the secret access key of static credentials, or {@code null} for the default AWS credentials chain
	 */
	@Nullable String getSecretAccessKey();
}
