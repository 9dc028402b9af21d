package dev.dynamite.core.badinput;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.Name;
import dev.dynamite.mapping.PrimaryKey;

/** An entity with numbers, sets, maps, nesting, reserved-word and odd attribute names. */
@DynamiteTable
public class Gadget {

	@PrimaryKey
	private String id;

	/** Reserved words as attribute names. */
	private String name;

	private Integer size;

	private String status;

	@Name("my #odd: name")
	private String odd;

	private Double score;

	private Set<String> labels;

	private Set<Integer> numbers;

	private List<String> tags;

	private Map<String, String> attrs;

	private Node tree;

	private Boolean active;

	private java.math.BigDecimal amount;

	public Gadget() {
	}

	public Gadget(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public Integer getSize() { return this.size; }
	public void setSize(Integer size) { this.size = size; }
	public String getStatus() { return this.status; }
	public void setStatus(String status) { this.status = status; }
	public String getOdd() { return this.odd; }
	public void setOdd(String odd) { this.odd = odd; }
	public Double getScore() { return this.score; }
	public void setScore(Double score) { this.score = score; }
	public Set<String> getLabels() { return this.labels; }
	public void setLabels(Set<String> labels) { this.labels = labels; }
	public Set<Integer> getNumbers() { return this.numbers; }
	public void setNumbers(Set<Integer> numbers) { this.numbers = numbers; }
	public List<String> getTags() { return this.tags; }
	public void setTags(List<String> tags) { this.tags = tags; }
	public Map<String, String> getAttrs() { return this.attrs; }
	public void setAttrs(Map<String, String> attrs) { this.attrs = attrs; }
	public Node getTree() { return this.tree; }
	public void setTree(Node tree) { this.tree = tree; }

	public Boolean getActive() { return this.active; }
	public void setActive(Boolean active) { this.active = active; }
	public java.math.BigDecimal getAmount() { return this.amount; }
	public void setAmount(java.math.BigDecimal amount) { this.amount = amount; }

	/** A recursive nested value (a map attribute inside a map attribute...). */
	public static class Node {

		private String label;

		private Node child;

		public Node() {
		}

		/** A chain {@code depth} nodes deep. */
		public static Node chain(int depth) {
			Node root = new Node();
			Node current = root;
			for (int i = 1; i < depth; i++) {
				current.child = new Node();
				current.child.label = "level" + i;
				current = current.child;
			}
			return root;
		}

		public String getLabel() { return this.label; }
		public void setLabel(String label) { this.label = label; }
		public Node getChild() { return this.child; }
		public void setChild(Node child) { this.child = child; }
	}
}
