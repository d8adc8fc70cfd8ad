package org.bianmin.hub.supervision.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Svg;

/**
 * A horizontal stacked bar chart drawn on the server as SVG: no chart add-on, no
 * JavaScript (docs/adr/0007). Every bar says its label and total in text too, so the
 * chart never speaks by colour alone.
 */
final class StackedBars {

	private static final int ROW_HEIGHT = 24;

	private static final int LABEL_WIDTH = 170;

	private static final int BAR_WIDTH = 420;

	private StackedBars() {
	}

	/**
	 * @param title the chart's accessible title
	 * @param colours one fill colour per segment
	 * @param bars the bars, each a label and one value per segment
	 */
	static Svg of(String title, List<String> colours, List<Bar> bars) {
		int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
		int height = Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT) + 8;
		int width = LABEL_WIDTH + BAR_WIDTH + 60;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
				width, height, width, height));
		svg.append("<title>").append(escape(title)).append("</title>");
		int y = 4;
		for (Bar bar : bars) {
			svg.append(String.format(Locale.ROOT,
					"<text x=\"0\" y=\"%d\" font-size=\"13\" dominant-baseline=\"middle\">%s</text>",
					y + ROW_HEIGHT / 2, escape(bar.label())));
			double x = LABEL_WIDTH;
			for (int i = 0; i < bar.values().size(); i++) {
				double w = (double) BAR_WIDTH * bar.values().get(i) / max;
				if (w > 0) {
					svg.append(String.format(Locale.ROOT,
							"<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", x, y + 3, w,
							ROW_HEIGHT - 6, colours.get(i % colours.size())));
				}
				x += w;
			}
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"12\" dominant-baseline=\"middle\">%d</text>", x + 6,
					y + ROW_HEIGHT / 2, bar.total()));
			y += ROW_HEIGHT;
		}
		svg.append("</svg>");
		return new Svg(svg.toString());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** One bar: its label and the value of each segment. */
	record Bar(String label, List<Integer> values) {

		Bar {
			values = List.copyOf(values);
		}

		int total() {
			return this.values.stream().mapToInt(Integer::intValue).sum();
		}

	}

}
