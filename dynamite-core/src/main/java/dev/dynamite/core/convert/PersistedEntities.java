package dev.dynamite.core.convert;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The instances known to be stored, by identity, held weakly: an instance that the application drops is forgotten
 * with it (the seed's {@code isPersisted}). Thread-safe.
 */
final class PersistedEntities {

	private final Set<Entry> entries = ConcurrentHashMap.newKeySet();

	private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();

	void add(Object entity) {
		expunge();
		this.entries.add(new Entry(entity, this.cleared));
	}

	void remove(Object entity) {
		this.entries.remove(new Entry(entity, null));
	}

	boolean contains(Object entity) {
		return this.entries.contains(new Entry(entity, null));
	}

	private void expunge() {
		for (Reference<?> reference = this.cleared.poll(); reference != null; reference = this.cleared.poll()) {
			this.entries.remove(reference);
		}
	}

	/** A weak reference equal to another one to the same instance (identity), or to itself once cleared. */
	private static final class Entry extends WeakReference<Object> {

		private final int hash;

		Entry(Object entity, @Nullable ReferenceQueue<Object> queue) {
			super(entity, queue);
			this.hash = System.identityHashCode(entity);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof Entry entry) || entry.hash != this.hash) {
				return false;
			}
			Object referent = get();
			return referent != null && referent == entry.get();
		}

		@Override
		public int hashCode() {
			return this.hash;
		}
	}
}
