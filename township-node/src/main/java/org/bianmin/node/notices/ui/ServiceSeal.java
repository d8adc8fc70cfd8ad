package org.bianmin.node.notices.ui;

import java.util.Locale;

/**
 * The centre's service seal (政务服务专用章) drawn as inline SVG: a red ring, a five-pointed
 * star, the centre's name along the upper arc and 政务服务专用章 across the bottom. Drawn, not
 * an image file, so it needs nothing but the node itself to print; the glyphs come from
 * the fonts installed on the machine (Noto CJK), none are downloaded.
 *
 * <p>
 * The layout follows a round official seal of 42 mm: the name runs clockwise over the top
 * with the glyphs' tops outward, evenly spaced by {@code textLength} whatever its length.
 */
final class ServiceSeal {

	static final String SEAL_TEXT = "政务服务专用章";

	private static final double CENTRE = 80;

	private static final double RING_RADIUS = 75;

	/**
	 * The baseline of the name: inside the ring by a little more than a glyph's height.
	 */
	private static final double NAME_RADIUS = 51;

	/** The name runs from 205° over the top to -25°: 230° of arc. */
	private static final double NAME_SWEEP_DEGREES = 230;

	private ServiceSeal() {
	}

	/**
	 * The seal as an {@code <svg>} element.
	 * @param centre the centre's name, e.g. 青石镇便民服务中心
	 * @param id a prefix for the ids inside, unique on the page
	 */
	static String svg(String centre, String id) {
		double arcLength = Math.toRadians(NAME_SWEEP_DEGREES) * NAME_RADIUS;
		int glyphs = Math.max(1, centre.codePointCount(0, centre.length()));
		double fontSize = Math.min(19, arcLength * 0.86 / glyphs);
		String arcId = id + "-arc";
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" class="notice-seal" role="img" \
				aria-label="%1$s %2$s">\
				<g fill="none" stroke="#d4161c" stroke-width="4.5"><circle cx="80" cy="80" r="%3$s"/></g>\
				<path id="%4$s" d="%5$s" fill="none" stroke="none"/>\
				<g fill="#d4161c" font-family="'Noto Serif CJK SC','Noto Sans CJK SC','Source Han Serif SC',serif" \
				font-weight="700">\
				<text font-size="%6$s"><textPath href="#%4$s" startOffset="0" textLength="%7$s" \
				lengthAdjust="spacing">%1$s</textPath></text>\
				<polygon points="%8$s"/>\
				<text x="80" y="128" font-size="13" text-anchor="middle" textLength="78" \
				lengthAdjust="spacing">%2$s</text>\
				</g></svg>""".formatted(escape(centre), SEAL_TEXT, number(RING_RADIUS), arcId, namePath(),
				number(fontSize), number(arcLength * 0.97), star(CENTRE, CENTRE - 2, 22, 8.5));
	}

	/** The arc the name runs on, clockwise from the lower left over the top. */
	private static String namePath() {
		double start = Math.toRadians(90 + NAME_SWEEP_DEGREES / 2);
		double end = Math.toRadians(90 - NAME_SWEEP_DEGREES / 2);
		return "M %s %s A %s %s 0 1 1 %s %s".formatted(number(CENTRE + NAME_RADIUS * Math.cos(start)),
				number(CENTRE - NAME_RADIUS * Math.sin(start)), number(NAME_RADIUS), number(NAME_RADIUS),
				number(CENTRE + NAME_RADIUS * Math.cos(end)), number(CENTRE - NAME_RADIUS * Math.sin(end)));
	}

	/** A five-pointed star, point up. */
	private static String star(double cx, double cy, double outer, double inner) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			double radius = (i % 2 == 0) ? outer : inner;
			double angle = Math.toRadians(90 + i * 36);
			if (i > 0) {
				points.append(' ');
			}
			points.append(number(cx + radius * Math.cos(angle)))
				.append(',')
				.append(number(cy - radius * Math.sin(angle)));
		}
		return points.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
