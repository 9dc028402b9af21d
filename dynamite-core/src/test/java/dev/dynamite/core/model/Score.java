package dev.dynamite.core.model;

import java.time.Instant;

import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.IndexProjection;
import dev.dynamite.mapping.LocalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/**
 * A game score: local indexes (points, level), two global indexes on one attribute (region by points, region by
 * played), a keys-only global index (nickname) and an INCLUDE one sorted by points (team).
 */
@DynamiteTable
public class Score {

	@PrimaryKey
	private String player;

	@SortKey
	private String game;

	/** A primitive: every item has it, so indexes sorted by points hold every score. */
	@LocalIndex(name = "by_points")
	private int points;

	@LocalIndex(name = "by_level", projection = IndexProjection.KEYS_ONLY)
	@Default("beginner")
	private String level;

	@GlobalIndex(name = "region_points", sortKey = "points")
	@GlobalIndex(name = "region_played", sortKey = "played")
	private String region;

	/** May be missing: region_played holds only the scores that have it. */
	private Instant played;

	@GlobalIndex(name = "by_nickname", projection = IndexProjection.KEYS_ONLY)
	private String nickname;

	@GlobalIndex(name = "by_team", sortKey = "points", projection = IndexProjection.INCLUDE, include = "nickname")
	private String team;

	private String comment;

	public Score() {
	}

	public Score(String player, String game, int points, String region, String nickname, String team) {
		this.player = player;
		this.game = game;
		this.points = points;
		this.region = region;
		this.nickname = nickname;
		this.team = team;
		this.comment = "score " + player + "/" + game;
	}

	public String getPlayer() { return this.player; }
	public void setPlayer(String player) { this.player = player; }
	public String getGame() { return this.game; }
	public void setGame(String game) { this.game = game; }
	public int getPoints() { return this.points; }
	public void setPoints(int points) { this.points = points; }
	public String getLevel() { return this.level; }
	public void setLevel(String level) { this.level = level; }
	public String getRegion() { return this.region; }
	public void setRegion(String region) { this.region = region; }
	public Instant getPlayed() { return this.played; }
	public void setPlayed(Instant played) { this.played = played; }
	public String getNickname() { return this.nickname; }
	public void setNickname(String nickname) { this.nickname = nickname; }
	public String getTeam() { return this.team; }
	public void setTeam(String team) { this.team = team; }
	public String getComment() { return this.comment; }
	public void setComment(String comment) { this.comment = comment; }
}
