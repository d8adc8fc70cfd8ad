package org.bianmin.hub.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML table of figures, whose cells may link to the drill-down list. Plain
 * elements, not a grid: a dashboard table is a few dozen rows, read at a glance.
 */
final class FigureTable extends Component {

	private final Element body = new Element("tbody");

	FigureTable(String id, List<String> headers) {
		super(new Element("table"));
		setId(id);
		getElement().getClassList().add("bianmin-figures");
		Element head = new Element("tr");
		headers.forEach((header) -> head.appendChild(new Element("th").setText(header)));
		getElement().appendChild(new Element("thead").appendChild(head), this.body);
	}

	/** Adds a row of cells. */
	void row(List<Component> cells) {
		Element tr = new Element("tr");
		cells.forEach((cell) -> tr.appendChild(new Element("td").appendChild(cell.getElement())));
		this.body.appendChild(tr);
	}

	static Component text(String text) {
		return new Span(text);
	}

	/** A number that links to the list of the cases it counts. */
	static Component link(int number, String url, boolean alarm) {
		if (number == 0) {
			return new Span("0");
		}
		Anchor link = new Anchor(url, String.valueOf(number));
		link.getElement().setAttribute("router-link", true);
		if (alarm) {
			link.addClassName("bianmin-overdue");
		}
		return link;
	}

}
