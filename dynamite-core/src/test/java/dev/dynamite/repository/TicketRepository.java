package dev.dynamite.repository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

/** Paging through a large table. */
public interface TicketRepository extends DynamiteRepository<Ticket, String> {

	Page<Ticket> findByOpen(boolean open, Pageable pageable);

	Slice<Ticket> findSliceByOpen(boolean open, Pageable pageable);

	Window<Ticket> findFirst100ByOpen(boolean open, ScrollPosition position);
}
