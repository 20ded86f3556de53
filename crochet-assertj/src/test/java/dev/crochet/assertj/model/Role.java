package dev.crochet.assertj.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;

import java.util.List;

@RelationshipEntity(type = "ACTED_IN")
@KgId("role_v1")
public class Role {

	@Id
	@GeneratedValue
	Long id;

	@StartNode
	Person actor;

	@EndNode
	Movie movie;

	List<String> roles;

}
