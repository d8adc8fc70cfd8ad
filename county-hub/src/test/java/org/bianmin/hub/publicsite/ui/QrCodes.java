package org.bianmin.hub.publicsite.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back from the SVG a page shows, the way a phone would: paints its
 * modules into pixels and lets ZXing decode them.
 */
final class QrCodes {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"(-?\\d+) (-?\\d+) (\\d+) (\\d+)\"");

	private static final Pattern MODULE_RUN = Pattern
		.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>");

	private static final int PIXELS_PER_MODULE = 4;

	private QrCodes() {
	}

	static String decode(String svg) throws Exception {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("no viewBox in " + svg);
		}
		int origin = Integer.parseInt(box.group(1));
		int extent = Integer.parseInt(box.group(3));
		int size = extent * PIXELS_PER_MODULE;
		int[] pixels = new int[size * size];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher run = MODULE_RUN.matcher(svg);
		while (run.find()) {
			int x = Integer.parseInt(run.group(1)) - origin;
			int y = Integer.parseInt(run.group(2)) - origin;
			int width = Integer.parseInt(run.group(3));
			for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
				for (int px = x * PIXELS_PER_MODULE; px < (x + width) * PIXELS_PER_MODULE; px++) {
					pixels[py * size + px] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

}
