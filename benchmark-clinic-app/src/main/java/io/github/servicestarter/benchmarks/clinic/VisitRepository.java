package io.github.servicestarter.benchmarks.clinic;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The visits.
 *
 * @author Service Starter contributors
 */
public interface VisitRepository extends JpaRepository<Visit, Long> {

	List<Visit> findByPetOwnerId(Long ownerId);

}
