package org.bianmin.hub.publicsite.ui;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as inline SVG: ZXing encodes the text into a matrix of modules, and each run
 * of dark modules in a row becomes one {@code <rect>}. Vector, so it prints sharp at any
 * resolution; no image is made or served. A copy of the node's notices.ui.QrCodeSvg:
 * shared-model stays free of ZXing (docs/adr/0027).
 */
final class QrCodeSvg {

	/** The quiet zone around the code that scanners need, in modules. */
	static final int QUIET_ZONE = 4;

	private QrCodeSvg() {
	}

	/** The text's QR code as an {@code <svg>} element. */
	static String svg(String text) {
		BitMatrix modules = encode(text);
		int size = modules.getWidth();
		int extent = size + 2 * QUIET_ZONE;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"guide-qr\" role=\"img\" viewBox=\"")
			.append(-QUIET_ZONE)
			.append(' ')
			.append(-QUIET_ZONE)
			.append(' ')
			.append(extent)
			.append(' ')
			.append(extent)
			.append("\" shape-rendering=\"crispEdges\">");
		svg.append("<rect x=\"")
			.append(-QUIET_ZONE)
			.append("\" y=\"")
			.append(-QUIET_ZONE)
			.append("\" width=\"")
			.append(extent)
			.append("\" height=\"")
			.append(extent)
			.append("\" fill=\"#fff\"/><g fill=\"#000\">");
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && modules.get(x, y)) {
					x++;
				}
				svg.append("<rect x=\"")
					.append(start)
					.append("\" y=\"")
					.append(y)
					.append("\" width=\"")
					.append(x - start)
					.append("\" height=\"1\"/>");
			}
		}
		return svg.append("</g></svg>").toString();
	}

	/** The modules, one per matrix cell, without a quiet zone. */
	static BitMatrix encode(String text) {
		try {
			// size 0: ZXing then makes one cell per module
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
	}

}
