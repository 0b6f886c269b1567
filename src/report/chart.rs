//! Horizontal bar charts as inline SVG for `report.html`: drawn by teamlint, no script, no outside
//! file; each row's label is text in the chart, so a reader (and a search) finds what it shows.

use quick_xml::escape::escape;
use std::fmt::Write;

/// Width of a chart in SVG units (it scales to the page's width).
const WIDTH: f64 = 760.0;
/// Width of the label column left of the bars.
const LABEL_WIDTH: f64 = 220.0;
/// Room right of the longest bar for its value.
const VALUE_WIDTH: f64 = 110.0;
/// Height of one bar.
const BAR: f64 = 11.0;
/// Space between two rows.
const GAP: f64 = 9.0;
/// Height of the legend line.
const LEGEND: f64 = 22.0;
/// A label longer than this many characters is cut (the full text is its tooltip).
const MAX_LABEL: usize = 32;

/// One series of bars: its name (in the legend) and colour.
pub(crate) struct Series {
    /// The name in the legend.
    pub name: String,
    /// The fill, `#rrggbb`.
    pub colour: &'static str,
}

/// One row of the chart: its label and a bar per series.
pub struct Row {
    /// The label left of the bars (a unit, a rule).
    pub label: String,
    /// The value of each series (a missing one draws no bar).
    pub values: Vec<Option<f64>>,
    /// Each value as the reader's language writes it.
    pub texts: Vec<String>,
    /// A fill for this row's bars instead of the series' (a rule's severity).
    pub colour: Option<&'static str>,
}

/// A chart of `rows` with a bar per series, all bars on one scale from zero.
pub(crate) fn bars(title: &str, series: &[Series], rows: &[Row]) -> String {
    let legend = if series.len() > 1 { LEGEND } else { 0.0 };
    let row_height = BAR * series.len().max(1) as f64 + GAP;
    let height = legend + row_height * rows.len() as f64 + GAP;
    let max = rows
        .iter()
        .flat_map(|r| r.values.iter().flatten())
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let scale = if max > 0.0 {
        (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max
    } else {
        0.0
    };
    let mut svg = String::with_capacity(600 + rows.len() * 400);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" role="img" font-size="11" font-family="system-ui, sans-serif"><title>{}</title>"#,
        escape(title)
    );
    if legend > 0.0 {
        let mut x = LABEL_WIDTH;
        for s in series {
            let _ = write!(
                svg,
                r#"<rect x="{x}" y="5" width="10" height="10" fill="{}"/><text x="{}" y="14">{}</text>"#,
                s.colour,
                x + 14.0,
                escape(&s.name)
            );
            x += 24.0 + 7.0 * s.name.chars().count() as f64;
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let top = legend + GAP + row_height * i as f64;
        let middle = top + BAR * series.len().max(1) as f64 / 2.0 + 4.0;
        let label = cut(&row.label);
        let _ = write!(
            svg,
            r#"<g><title>{}</title><text x="{}" y="{middle:.1}" text-anchor="end">{}</text>"#,
            escape(&row.label),
            LABEL_WIDTH - 8.0,
            escape(&label)
        );
        for (j, s) in series.iter().enumerate() {
            let Some(value) = row.values.get(j).copied().flatten() else {
                continue;
            };
            let y = top + BAR * j as f64;
            let width = (value.max(0.0) * scale).max(if value > 0.0 { 1.0 } else { 0.0 });
            let text = row.texts.get(j).map(String::as_str).unwrap_or("");
            let _ = write!(
                svg,
                r##"<rect x="{LABEL_WIDTH}" y="{y:.1}" width="{width:.1}" height="{}" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#444">{}</text>"##,
                BAR - 1.0,
                row.colour.unwrap_or(s.colour),
                LABEL_WIDTH + width + 4.0,
                y + BAR - 2.0,
                escape(text)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// A label cut to `MAX_LABEL` characters, ending with `…` when cut.
fn cut(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL {
        return label.to_string();
    }
    let mut short: String = label.chars().take(MAX_LABEL - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_escapes_its_labels_and_scales_its_longest_bar_to_the_width() {
        let series = [Series {
            name: "h".into(),
            colour: "#000000",
        }];
        let rows = [
            Row {
                label: "<b>&".into(),
                values: vec![Some(10.0)],
                texts: vec!["10".into()],
                colour: None,
            },
            Row {
                label: "x".repeat(40),
                values: vec![Some(5.0)],
                texts: vec!["5".into()],
                colour: None,
            },
        ];
        let svg = bars("t", &series, &rows);
        assert!(svg.contains("&lt;b&gt;&amp;"), "{svg}");
        let longest = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        assert!(svg.contains(&format!(r#"width="{longest:.1}""#)), "{svg}");
        assert!(svg.contains(&format!("{}…", "x".repeat(MAX_LABEL - 1))));
    }
}
