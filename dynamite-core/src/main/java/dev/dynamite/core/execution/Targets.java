package dev.dynamite.core.execution;

import java.util.function.Supplier;

import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;

/**
 * Names what a client talks to, for error messages.
 */
public final class Targets {

	private Targets() {
	}

	/**
	 * "DynamoDB at http://host:port" for an endpoint override, "DynamoDB in region X" otherwise, "DynamoDB" for a client
	 * that cannot tell (DynamoDB Local's in-process client throws on {@code serviceClientConfiguration()}).
	 * @param configurations the configurations
	 * @return the text
	 */
	public static String describe(Supplier<? extends SdkServiceClientConfiguration> configurations) {
		try {
			SdkServiceClientConfiguration configuration = configurations.get();
			if (configuration.endpointOverride().isPresent()) {
				return "DynamoDB at " + configuration.endpointOverride().get();
			}
			return configuration instanceof AwsServiceClientConfiguration aws && aws.region() != null
					? "DynamoDB in region " + aws.region() : "DynamoDB";
		}
		catch (RuntimeException ex) {
			// a client implementation without its configuration
			return "DynamoDB";
		}
	}
}
