package dev.dynamite.autoconfigure.aot;

import dev.dynamite.mapping.Convert;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity whose key comes from a generator of its own. */
@DynamiteTable
public class Gadget {

	@PrimaryKey
	@Default(generator = SerialGenerator.class)
	private String id;

	@Convert(UpperCase.class)
	private String label;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}
}
