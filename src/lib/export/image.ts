/**
 * A chart as image files (browser only): the SVG ECharts renders (SVG renderer, `renderToSVGString`), and a PNG
 * drawn from that SVG onto a canvas at 2× on a white background. No network: the SVG is loaded from a blob: URL.
 */

/** The SVG text as a file: an XML declaration, and a white background behind the (transparent) chart. */
export function svgFile(svg: string): string {
	const withBg = svg.replace(/^(<svg\b[^>]*>)/, '$1<rect width="100%" height="100%" fill="#ffffff"/>');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${withBg}`;
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.width = width;
		img.height = height;
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error('SVG image did not load'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('canvas.toBlob failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
