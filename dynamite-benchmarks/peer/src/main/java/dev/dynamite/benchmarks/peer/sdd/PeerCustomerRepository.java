package dev.dynamite.benchmarks.peer.sdd;

import java.util.List;

import org.socialsignin.spring.data.dynamodb.repository.EnableScan;
import org.socialsignin.spring.data.dynamodb.repository.EnableScanCount;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** The peer's repository for the comparison: Scans, and the COUNT Scans for page totals, must be enabled. */
@EnableScan
@EnableScanCount
public interface PeerCustomerRepository
		extends CrudRepository<PeerCustomer, String>, PagingAndSortingRepository<PeerCustomer, String> {

	List<PeerCustomer> findByRole(String role);
}
