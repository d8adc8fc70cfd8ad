package org.bianmin.hub.cases;

import java.util.Arrays;

import org.bianmin.model.cases.RatingLevel;
import org.jspecify.annotations.Nullable;

/**
 * Ratings on the five levels for one township, window, clerk, item or month.
 *
 * @param key what the counts belong to
 * @param counts the number of ratings per level, in {@link RatingLevel}'s order
 */
public record RatingCounts(@Nullable String key, int[] counts) {

	public RatingCounts {
		if (counts.length != RatingLevel.values().length) {
			throw new IllegalArgumentException("one count per rating level");
		}
		counts = counts.clone();
	}

	public int count(RatingLevel level) {
		return this.counts[level.ordinal()];
	}

	public int total() {
		return Arrays.stream(this.counts).sum();
	}

	/** The ratings that are not bad, as a share of all (满意率); 1 when there are none. */
	public double satisfaction() {
		int total = total();
		if (total == 0) {
			return 1;
		}
		return (double) (total - count(RatingLevel.DISSATISFIED) - count(RatingLevel.VERY_DISSATISFIED)) / total;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RatingCounts that && java.util.Objects.equals(this.key, that.key)
				&& Arrays.equals(this.counts, that.counts);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.key, Arrays.hashCode(this.counts));
	}

	@Override
	public String toString() {
		return "RatingCounts[" + this.key + ", " + Arrays.toString(this.counts) + "]";
	}

}
