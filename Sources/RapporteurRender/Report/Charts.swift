import RapporteurCore

/// Inline SVG charts: drawn as text, every label escaped, each with a title and a description
/// for screen readers.
public enum Charts {
  public struct Bar: Sendable {
    public var label: String
    public var value: Int
  }

  /// A horizontal bar chart.
  public static func bars(_ bars: [Bar], id: String, title: String, description: String) -> String {
    let rowHeight = 26
    let labelWidth = 230
    let barWidth = 330
    let height = max(1, bars.count) * rowHeight + 10
    let maximum = max(1, bars.map(\.value).max() ?? 1)
    var svg = """
      <svg class="chart" id="\(id)" role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(labelWidth + barWidth + 50) \(height)" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
      <title id="\(id)-title">\(HTMLEscaping.escape(title))</title>
      <desc id="\(id)-desc">\(HTMLEscaping.escape(description))</desc>

      """
    for (index, bar) in bars.enumerated() {
      let y = 5 + index * rowHeight
      let width = bar.value == 0 ? 0 : max(2, bar.value * barWidth / maximum)
      svg += """
        <text x="\(labelWidth - 8)" y="\(y + 17)" text-anchor="end" class="chart-label">\(HTMLEscaping.escape(bar.label))</text>
        <rect x="\(labelWidth)" y="\(y + 4)" width="\(width)" height="\(rowHeight - 8)" class="chart-bar"><title>\(HTMLEscaping.escape(bar.label)): \(bar.value)</title></rect>
        <text x="\(labelWidth + width + 6)" y="\(y + 17)" class="chart-value">\(bar.value)</text>

        """
    }
    return svg + "</svg>"
  }

  public struct Segment: Sendable {
    public var label: String
    public var value: Int
    public var style: Int
  }

  /// Stacked horizontal bars, one per row, with a legend.
  public static func stacked(_ rows: [(label: String, segments: [Segment])], id: String, title: String, description: String)
    -> String
  {
    let rowHeight = 30
    let labelWidth = 150
    let barWidth = 400
    let legend = Dictionary(rows.flatMap(\.segments).map { ($0.label, $0.style) }, uniquingKeysWith: { first, _ in first })
      .sorted { $0.value < $1.value }
    let height = rows.count * rowHeight + 30 + ((legend.count + 2) / 3) * 20
    var svg = """
      <svg class="chart" id="\(id)" role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(labelWidth + barWidth + 20) \(height)" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
      <title id="\(id)-title">\(HTMLEscaping.escape(title))</title>
      <desc id="\(id)-desc">\(HTMLEscaping.escape(description))</desc>

      """
    for (index, row) in rows.enumerated() {
      let y = 5 + index * rowHeight
      let total = max(1, row.segments.reduce(0) { $0 + $1.value })
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\" class=\"chart-label\">\(HTMLEscaping.escape(row.label))</text>\n"
      var x = labelWidth
      for segment in row.segments where segment.value > 0 {
        let width = segment.value * barWidth / total
        svg += "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(max(1, width))\" height=\"\(rowHeight - 8)\" class=\"chart-segment segment-\(segment.style)\"><title>\(HTMLEscaping.escape(row.label)), \(HTMLEscaping.escape(segment.label)): \(segment.value)</title></rect>\n"
        if width >= 18 {
          svg += "<text x=\"\(x + width / 2)\" y=\"\(y + 18)\" text-anchor=\"middle\" class=\"chart-inside\">\(segment.value)</text>\n"
        }
        x += width
      }
    }
    let legendTop = rows.count * rowHeight + 15
    for (index, entry) in legend.enumerated() {
      let x = 10 + (index % 3) * 190
      let y = legendTop + (index / 3) * 20
      svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"12\" height=\"12\" class=\"chart-segment segment-\(entry.value)\"/><text x=\"\(x + 18)\" y=\"\(y + 11)\" class=\"chart-legend\">\(HTMLEscaping.escape(entry.key))</text>\n"
    }
    return svg + "</svg>"
  }
}
