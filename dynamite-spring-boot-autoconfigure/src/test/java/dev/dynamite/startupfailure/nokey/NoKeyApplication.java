package dev.dynamite.startupfailure.nokey;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.dynamite.mapping.DynamiteTable;

/** An application whose entity has no partition key. */
@SpringBootApplication
public class NoKeyApplication {

	@DynamiteTable
	public static class Keyless {

		public String name;
	}
}
