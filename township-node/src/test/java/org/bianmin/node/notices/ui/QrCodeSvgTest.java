package org.bianmin.node.notices.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.bianmin.model.cases.CaseFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeSvgTest {

	@Test
	void the_drawn_code_scans_back_to_the_query_code() {
		String text = "BIANMIN:" + CaseFixtures.queryCode().value();

		assertThat(decode(QrCodeSvg.svg(text))).isEqualTo(text);
	}

	@Test
	void draws_a_quiet_zone_of_four_modules_on_white() {
		String svg = QrCodeSvg.svg("BIANMIN:260302001QSX");
		int modules = QrCodeSvg.encode("BIANMIN:260302001QSX").getWidth();

		assertThat(svg).contains("viewBox=\"-4 -4 " + (modules + 8) + " " + (modules + 8) + "\"")
			.contains("fill=\"#fff\"");
	}

	/**
	 * Scans a drawn code as a phone would see it: the SVG's rectangles painted into a
	 * bitmap (quiet zone included), then ZXing's reader.
	 */
	static String decode(String svg) {
		Matcher box = Pattern.compile("viewBox=\"(-?\\d+) (-?\\d+) (\\d+) (\\d+)\"").matcher(svg);
		assertThat(box.find()).as("viewBox").isTrue();
		int origin = Integer.parseInt(box.group(1));
		int extent = Integer.parseInt(box.group(3));
		int scale = 4;
		int[] pixels = new int[extent * scale * extent * scale];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher rect = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>").matcher(svg);
		while (rect.find()) {
			int x0 = Integer.parseInt(rect.group(1)) - origin;
			int y = Integer.parseInt(rect.group(2)) - origin;
			int width = Integer.parseInt(rect.group(3));
			for (int py = y * scale; py < (y + 1) * scale; py++) {
				for (int px = x0 * scale; px < (x0 + width) * scale; px++) {
					pixels[py * extent * scale + px] = 0xFF000000;
				}
			}
		}
		RGBLuminanceSource source = new RGBLuminanceSource(extent * scale, extent * scale, pixels);
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, false))
				.getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("the drawn QR code does not scan", ex);
		}
	}

}
