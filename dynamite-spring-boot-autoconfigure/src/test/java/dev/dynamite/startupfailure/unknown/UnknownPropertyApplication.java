package dev.dynamite.startupfailure.unknown;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An application with a derived method on a property the entity does not have. */
@SpringBootApplication
public class UnknownPropertyApplication {

	@DynamiteTable
	public static class Pet {

		@PrimaryKey
		public String id;

		public String name;
	}
}
