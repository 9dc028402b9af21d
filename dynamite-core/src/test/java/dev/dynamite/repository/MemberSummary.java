package dev.dynamite.repository;

/** A closed interface projection of {@link Member}. */
public interface MemberSummary {

	String getName();

	String getEmail();
}
