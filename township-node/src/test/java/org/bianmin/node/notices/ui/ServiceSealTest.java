package org.bianmin.node.notices.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSealTest {

	@Test
	void draws_ring_star_centre_name_on_the_arc_and_the_seal_text() {
		String seal = ServiceSeal.svg("青石镇便民服务中心", "seal");

		assertThat(seal).startsWith("<svg")
			.endsWith("</svg>")
			.contains("<circle", "<polygon", "<path id=\"seal-arc\"", "<textPath href=\"#seal-arc\"",
					">青石镇便民服务中心</textPath>", ">政务服务专用章</text>", "#d4161c");
	}

	@Test
	void a_star_has_ten_points() {
		String seal = ServiceSeal.svg("青石镇便民服务中心", "seal");
		String points = seal.replaceAll("(?s).*<polygon points=\"([^\"]+)\".*", "$1");

		assertThat(points.split(" ")).hasSize(10);
	}

	@Test
	void a_longer_name_gets_smaller_glyphs_on_the_same_arc() {
		String shortName = ServiceSeal.svg("青石镇便民服务中心", "a");
		String longName = ServiceSeal.svg("青石镇柳湾村便民服务点青石镇柳湾村便民服务点", "a");

		assertThat(fontSize(longName)).isLessThan(fontSize(shortName));
	}

	@Test
	void escapes_markup_in_the_name() {
		assertThat(ServiceSeal.svg("A<b>&\"", "x")).contains("A&lt;b&gt;&amp;&quot;").doesNotContain("<b>");
	}

	private static double fontSize(String seal) {
		return Double.parseDouble(seal.replaceAll("(?s).*<text font-size=\"([0-9.]+)\".*", "$1"));
	}

}
