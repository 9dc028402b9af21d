package dev.dynamite.core.model;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

import dev.dynamite.repository.DynamiteRepository;

/** Paging through a table of several megabytes. */
public interface ParcelRepository extends DynamiteRepository<Parcel, String> {

	Page<Parcel> findByGrp(String grp, Pageable pageable);

	Slice<Parcel> findSliceByGrp(String grp, Pageable pageable);

	Window<Parcel> findFirst500ByGrp(String grp, ScrollPosition position);

	long countByGrp(String grp);
}
