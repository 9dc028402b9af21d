package dev.dynamite.startupfailure.unmappable;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An application whose entity has a field of a type Dynamite cannot store. */
@SpringBootApplication
public class UnmappableFieldApplication {

	@DynamiteTable
	public static class Job {

		@PrimaryKey
		public String id;

		public Thread worker;
	}
}
