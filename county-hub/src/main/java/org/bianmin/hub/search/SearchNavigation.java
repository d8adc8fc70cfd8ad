package org.bianmin.hub.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search screen's route and its URL parameters, so that other screens (the
 * supervisor's dashboard) link to a pre-filtered list by path. Parameters carry codes and
 * enum names only, never a name or an ID number.
 */
public final class SearchNavigation {

	public static final String SEARCH = "search";

	public static final String TOWNSHIP = "township";

	public static final String DEPARTMENT = "department";

	public static final String ITEM = "item";

	public static final String STATUS = "status";

	public static final String COLOUR = "colour";

	public static final String RUNNING = "running";

	public static final String WAITING = "waiting";

	public static final String RATING = "rating";

	public static final String FOLLOW_UP = "followUp";

	public static final String FROM = "from";

	public static final String TO = "to";

	private SearchNavigation() {
	}

	/** A link to the search with the given parameters (nulls are left out). */
	public static String url(Map<String, ? extends Object> parameters) {
		Map<String, String> given = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (value != null) {
				given.put(name, value.toString());
			}
		});
		if (given.isEmpty()) {
			return SEARCH;
		}
		return SEARCH + "?"
				+ given.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
	}

}
