package dev.dynamite.benchmarks.peer;

import java.util.List;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.dynamite.repository.DynamiteRepository;

/** Dynamite's repository for the comparison. */
public interface PeerCustomerRepository extends DynamiteRepository<PeerCustomer, String> {

	List<PeerCustomer> findByRole(String role);

	Window<PeerCustomer> findFirst100By(ScrollPosition position);
}
