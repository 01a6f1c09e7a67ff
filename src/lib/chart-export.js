// A chart as a picture that stands alone: the chart's SVG (canvas layers as embedded images), with
// its title, subtitle, legend, source, settings and the synthetic/official label drawn in, fonts
// and colours written on the elements so that no page stylesheet is needed; and the same picture
// as a PNG at twice the size, rasterised from that SVG.

const SVG_NS = "http://www.w3.org/2000/svg";
export const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MARGIN = 16;
const MIN_WIDTH = 560;

/** Lines of at most about `width` pixels at `size` px (an average glyph is ~0.55 em wide). */
export function wrapText(text, width, size) {
  const max = Math.max(20, Math.floor(width / (size * 0.55)));
  const lines = [];
  for (const paragraph of String(text ?? "").split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) (lines.push(line), (line = word));
      else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

const escapeXml = (s) =>
  String(s).replace(/[<>&"']/g, (c) => ({"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;"})[c]);

// Legend entries made of a small SVG and a text (Plot's swatches, the maps' keys).
const KEY_ITEM = "[class*='swatch']:not([class*='swatches']), [class*='-key'], .choropleth-missing";

/** The chart's own graphics: its SVGs, outermost only, in document order, without legend keys. */
function graphicsOf(chart) {
  if (chart instanceof SVGSVGElement) return [chart];
  return [...chart.querySelectorAll("svg")].filter(
    (svg) => !svg.parentElement?.closest("svg") && !svg.closest(`${KEY_ITEM}, button, .chart-export`),
  );
}

const STYLE_PROPERTIES = ["font-family", "font-size", "font-weight", "font-style", "color"];

/** A clone of `svg` that needs no stylesheet: text styles written on it, canvases as images. */
function standaloneClone(svg) {
  const clone = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
  const view = svg.ownerDocument.defaultView;
  const style = view?.getComputedStyle(svg);
  clone.setAttribute("font-family", EXPORT_FONT);
  if (style) clone.setAttribute("color", style.color);
  const liveTexts = svg.querySelectorAll("text");
  clone.querySelectorAll("text").forEach((text, i) => {
    const computed = view?.getComputedStyle(liveTexts[i]);
    if (!computed) return;
    for (const p of STYLE_PROPERTIES.slice(1)) text.style.setProperty(p, computed.getPropertyValue(p));
    text.style.setProperty("font-family", EXPORT_FONT);
  });
  const liveObjects = svg.querySelectorAll("foreignObject");
  clone.querySelectorAll("foreignObject").forEach((object, i) => {
    const canvas = liveObjects[i]?.querySelector("canvas");
    const image = clone.ownerDocument.createElementNS(SVG_NS, "image");
    for (const a of ["x", "y", "width", "height"])
      if (object.hasAttribute(a)) image.setAttribute(a, object.getAttribute(a));
    if (canvas) image.setAttribute("href", canvas.toDataURL("image/png"));
    object.replaceWith(image);
  });
  clone.removeAttribute("style");
  clone.removeAttribute("class");
  return clone;
}

const sizeOf = (svg) => {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || box.width || 640;
  const height = Number(svg.getAttribute("height")) || box.height || 400;
  return {width, height};
};

/** Legend entries drawn as HTML swatches (Plot's ordinal legends, the maps' legends). */
function swatchesOf(chart) {
  if (chart instanceof SVGSVGElement) return [];
  return [...chart.querySelectorAll(KEY_ITEM)]
    .map((el) => {
      const shape = el.querySelector("svg rect, svg circle, svg path, i, span[style*='background']");
      const view = el.ownerDocument.defaultView;
      const color = shape
        ? shape.getAttribute("fill") || view?.getComputedStyle(shape).backgroundColor || "#999"
        : view?.getComputedStyle(el).color;
      return {label: el.textContent.trim(), color};
    })
    .filter((d) => d.label);
}

/**
 * The export as SVG text and its size.
 * @param {Element} chart an <svg>, or a <figure>/<div> holding the chart's SVGs
 * @param {{title: string, subtitle?: string | null, source: string, settings?: string[], label?: string | null, synthetic?: boolean}} text
 * @returns {{svg: string, width: number, height: number}}
 */
export function chartSvg(chart, {title, subtitle, source, settings = [], label, synthetic = false}) {
  const graphics = graphicsOf(chart).map((svg) => ({svg, ...sizeOf(svg)}));
  if (!graphics.length) throw new Error("Deze grafiek heeft geen tekening om te bewaren.");
  const width = Math.max(MIN_WIDTH, ...graphics.map((g) => g.width)) + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const parts = [];
  let y = MARGIN;
  const textLine = (content, {size = 12, weight = 400, color = "#222"} = {}) => {
    y += size * 1.25;
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(content)}</text>`,
    );
  };
  for (const line of wrapText(title, inner, 17)) textLine(line, {size: 17, weight: 700});
  for (const line of wrapText(subtitle ?? "", inner, 13).slice(0, 6)) textLine(line, {size: 13, color: "#444"});
  y += 8;
  const swatches = swatchesOf(chart);
  if (swatches.length) {
    let x = MARGIN;
    y += 14;
    for (const s of swatches) {
      const w = 18 + s.label.length * 6.5;
      if (x + w > width - MARGIN) ((x = MARGIN), (y += 16));
      parts.push(
        `<rect x="${x}" y="${y - 10}" width="11" height="11" fill="${escapeXml(s.color)}"/><text x="${x + 15}" y="${y}" font-size="11" fill="#222">${escapeXml(s.label)}</text>`,
      );
      x += w + 10;
    }
    y += 8;
  }
  for (const g of graphics) {
    const clone = standaloneClone(g.svg);
    clone.setAttribute("x", String(MARGIN));
    clone.setAttribute("y", String(y));
    clone.setAttribute("width", String(g.width));
    clone.setAttribute("height", String(g.height));
    if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
    parts.push(new XMLSerializer().serializeToString(clone));
    y += g.height + 6;
  }
  y += 6;
  if (label) textLine(label, {size: 12, weight: 700, color: synthetic ? "#8b1a1a" : "#1d4f91"});
  for (const line of wrapText(`Bron: ${source}`, inner, 10)) textLine(line, {size: 10, color: "#444"});
  for (const line of settings.flatMap((s) => wrapText(s, inner, 10))) textLine(line, {size: 10, color: "#555"});
  const height = Math.ceil(y + MARGIN);
  const svg = `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
  return {svg, width, height};
}

/**
 * The SVG rasterised at `scale` × its size (2 by default), as PNG bytes.
 * @param {{svg: string, width: number, height: number}} exported
 * @returns {Promise<Blob>}
 */
export async function svgToPng({svg, width, height}, scale = 2) {
  const url = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d"));
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG maken mislukt"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
