package org.bianmin.hub.lists;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A list as an export sees it: column headers, and rows of text produced one after
 * another (so a big list is streamed, never held in memory).
 *
 * @param name the file's name without extension
 * @param headers the column headers
 * @param rows writes every row, in order, to the consumer it is given
 */
public record ExportTable(String name, List<String> headers, Consumer<Consumer<List<String>>> rows) {

	public ExportTable {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(rows, "rows");
		headers = List.copyOf(headers);
		if (!name.matches("[a-z0-9-]{1,60}")) {
			throw new IllegalArgumentException("an export's file name is 1..60 of a-z, 0-9, '-': " + name);
		}
	}

}
