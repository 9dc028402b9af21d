package dev.dynamite.benchmarks.peer.sdd;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The comparison's item on the peer's side: the attributes of Dynamite's {@code PeerCustomer}. */
@DynamoDbBean
public class PeerCustomer {

	private String id;

	private String name;

	private String email;

	private String role;

	private Integer age;

	@DynamoDbPartitionKey
	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getRole() { return this.role; }
	public void setRole(String role) { this.role = role; }
	public Integer getAge() { return this.age; }
	public void setAge(Integer age) { this.age = age; }
}
