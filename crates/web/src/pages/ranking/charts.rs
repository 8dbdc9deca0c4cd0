//! The ranking board's two pictures, drawn on the server as SVG with plotters (SVG backend only,
//! no fonts: the pictures carry no text of their own). Each gets a `<title>` and a `<desc>`, and
//! the page shows the same figures in a table for screen readers and for reading exact values.
//!
//! Pixels are computed from integer minor units and hundredths of a point: no float is involved.

use plotters::prelude::*;

const WIDTH: u32 = 640;
const HEIGHT: u32 = 240;
/// Room left at the edges so bars do not touch the frame.
const MARGIN: i32 = 10;
const DARK: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
const LIGHT: RGBColor = RGBColor(0x9e, 0xc5, 0xe8);
const LINE: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
const AXIS: RGBColor = RGBColor(0x44, 0x44, 0x44);

/// What the picture is, for assistive technology.
pub struct Caption<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
}

/// The height in pixels of `value` on a scale where `max` fills the drawing height.
fn scaled(value: i64, max: i64) -> i32 {
    let span = i64::from(HEIGHT as i32 - 2 * MARGIN);
    if max <= 0 {
        return 0;
    }
    (value.clamp(0, max) * span / max) as i32
}

fn baseline() -> i32 {
    HEIGHT as i32 - MARGIN
}

/// Puts the caption inside the `<svg>` element and names it an image.
fn with_caption(svg: String, caption: &Caption<'_>) -> String {
    let Some(end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(end);
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let id = caption.id;
    format!(
        "{open} role=\"img\" id=\"{id}\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{}",
        escape(caption.title),
        escape(caption.desc),
        &rest[1..]
    )
}

fn draw_axes(root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>) -> Result<(), String> {
    let axis = [
        (MARGIN, MARGIN),
        (MARGIN, baseline()),
        (WIDTH as i32 - MARGIN, baseline()),
    ];
    root.draw(&PathElement::new(axis.to_vec(), AXIS.stroke_width(1)))
        .map_err(|e| e.to_string())
}

/// The pool down the list: a bar per place for the amount allocated there, a line for what is
/// left of the pool after it.
pub fn pool_chart(allocated: &[i64], left: &[i64], pool: i64, caption: &Caption<'_>) -> String {
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_pool(&root, allocated, left, pool)
    };
    if let Err(error) = drawn {
        tracing::warn!(%error, "pool chart not drawn");
    }
    with_caption(svg, caption)
}

fn draw_pool(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    allocated: &[i64],
    left: &[i64],
    pool: i64,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    draw_axes(root)?;
    let slots = allocated.len().max(1) as i32;
    let slot = (WIDTH as i32 - 2 * MARGIN) / slots;
    let mut line = vec![(MARGIN, baseline() - scaled(pool, pool))];
    for (i, (&amount, &rest)) in allocated.iter().zip(left).enumerate() {
        let x = MARGIN + slot * i as i32;
        let top = baseline() - scaled(amount, pool);
        let bar = Rectangle::new([(x + 2, top), (x + slot - 2, baseline())], DARK.filled());
        root.draw(&bar).map_err(|e| e.to_string())?;
        line.push((x + slot, baseline() - scaled(rest, pool)));
    }
    root.draw(&PathElement::new(line, LINE.stroke_width(3)))
        .map_err(|e| e.to_string())
}

/// Each member's mean total (dark) beside the panel's mean on the same offers (light), in
/// hundredths of a point, on a scale of `max_centi`.
pub fn members_chart(pairs: &[(i64, i64)], max_centi: i64, caption: &Caption<'_>) -> String {
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_members(&root, pairs, max_centi)
    };
    if let Err(error) = drawn {
        tracing::warn!(%error, "members chart not drawn");
    }
    with_caption(svg, caption)
}

fn draw_members(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    pairs: &[(i64, i64)],
    max_centi: i64,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    draw_axes(root)?;
    let slots = pairs.len().max(1) as i32;
    let slot = (WIDTH as i32 - 2 * MARGIN) / slots;
    for (i, &(own, panel)) in pairs.iter().enumerate() {
        let x = MARGIN + slot * i as i32;
        let half = slot / 2;
        for (offset, value, colour) in [(0, own, DARK), (half, panel, LIGHT)] {
            let top = baseline() - scaled(value, max_centi);
            let corners = [(x + offset + 2, top), (x + offset + half - 2, baseline())];
            root.draw(&Rectangle::new(corners, colour.filled()))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_svg_with_its_title_and_description_and_no_text_of_its_own() {
        let caption = Caption {
            id: "pool-chart",
            title: "Pula <i>",
            desc: "opis",
        };
        let svg = pool_chart(&[400, 500, 100], &[600, 100, 0], 1000, &caption);
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains("<title id=\"pool-chart-title\">Pula &lt;i&gt;</title>"));
        assert!(svg.contains("<desc id=\"pool-chart-desc\">opis</desc>"));
        assert!(svg.contains("role=\"img\""));
        assert_eq!(
            svg.matches("<rect").count(),
            4,
            "background and three bars: {svg}"
        );
        assert!(!svg.contains("<text"));
        let members = members_chart(&[(1500, 1200), (900, 1200)], 4000, &caption);
        assert_eq!(members.matches("<rect").count(), 5);
    }

    #[test]
    fn heights_scale_in_integers_and_never_leave_the_frame() {
        assert_eq!(scaled(0, 100), 0);
        assert_eq!(scaled(100, 100), HEIGHT as i32 - 2 * MARGIN);
        assert_eq!(scaled(500, 100), HEIGHT as i32 - 2 * MARGIN);
        assert_eq!(scaled(-5, 100), 0);
        assert_eq!(scaled(5, 0), 0);
    }
}
