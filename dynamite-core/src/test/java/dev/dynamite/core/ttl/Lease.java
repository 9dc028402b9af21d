package dev.dynamite.core.ttl;

import java.time.Instant;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.IndexProjection;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import dev.dynamite.mapping.Ttl;

/** A lease that expires: its Time to Live is an Instant; a keys-only and an ALL index. */
@DynamiteTable("leases")
public class Lease {

	@PrimaryKey
	private String owner;

	@SortKey
	private String name;

	@Ttl
	private Instant expires;

	@GlobalIndex(name = "by_kind", projection = IndexProjection.KEYS_ONLY)
	private String kind;

	@GlobalIndex(name = "by_zone")
	private String zone;

	public Lease() {
	}

	public Lease(String owner, String name, Instant expires, String kind, String zone) {
		this.owner = owner;
		this.name = name;
		this.expires = expires;
		this.kind = kind;
		this.zone = zone;
	}

	public String getOwner() { return this.owner; }
	public void setOwner(String owner) { this.owner = owner; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public Instant getExpires() { return this.expires; }
	public void setExpires(Instant expires) { this.expires = expires; }
	public String getKind() { return this.kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getZone() { return this.zone; }
	public void setZone(String zone) { this.zone = zone; }
}
