package dev.dynamite.autoconfigure;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code dynamite.credentials.secret-access-key} in the actuator's {@code configprops} and {@code env}
 * endpoints whatever {@code show-values} says, in every spelling of the key ({@code secret-access-key},
 * {@code secretAccessKey}, {@code DYNAMITE_CREDENTIALS_SECRETACCESSKEY}).
 */
public class DynamiteCredentialsSanitizingFunction implements SanitizingFunction {

	private static final String KEY = "dynamitecredentialssecretaccesskey";

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
		return normalized.equals(KEY) || normalized.endsWith(KEY);
	}
}
