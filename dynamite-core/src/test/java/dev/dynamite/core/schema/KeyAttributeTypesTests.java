package dev.dynamite.core.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

class KeyAttributeTypesTests {

	enum Color {
		RED
	}

	@Test
	void numbersAndPrimitiveNumbersAreN() {
		for (Class<?> type : new Class<?>[] { int.class, long.class, short.class, byte.class, double.class,
				float.class, Integer.class, Long.class, Double.class, BigDecimal.class, BigInteger.class }) {
			assertThat(KeyAttributeTypes.of(type)).as(type.getName()).isEqualTo(ScalarAttributeType.N);
		}
	}

	@Test
	void bytesAreB() {
		assertThat(KeyAttributeTypes.of(byte[].class)).isEqualTo(ScalarAttributeType.B);
		assertThat(KeyAttributeTypes.of(SdkBytes.class)).isEqualTo(ScalarAttributeType.B);
		assertThat(KeyAttributeTypes.of(ByteBuffer.class)).isEqualTo(ScalarAttributeType.B);
	}

	@Test
	void everythingElseIsS() {
		for (Class<?> type : new Class<?>[] { String.class, UUID.class, Color.class, Instant.class, LocalDate.class,
				char.class, boolean.class, Boolean.class, Object.class }) {
			assertThat(KeyAttributeTypes.of(type)).as(type.getName()).isEqualTo(ScalarAttributeType.S);
		}
	}
}
