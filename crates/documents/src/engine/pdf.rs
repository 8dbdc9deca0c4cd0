//! Laid-out pages to PDF bytes with printpdf. Everything that printpdf would make up (font and
//! image resource names, the trailer's document id) is fixed here, so equal requests give equal
//! bytes.

use super::fonts::{Face, Fonts};
use super::layout::{Draw, Page, PAGE_HEIGHT};
use chrono::{DateTime, Utc};
use lopdf::Object;
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, OffsetDateTime, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, RawImage, Rgb, TextItem, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The document's metadata (PDF/A-friendly: title, author = the town, language).
pub(crate) struct Metadata<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    pub keywords: &'a str,
    pub language: &'a str,
    pub created_at: DateTime<Utc>,
}

const LOGO: &str = "Logo";

pub(crate) fn write(
    fonts: &Fonts,
    pages: &[Page],
    logo: Option<&RawImage>,
    metadata: &Metadata<'_>,
) -> Result<Vec<u8>, String> {
    let mut document = PdfDocument::new(metadata.title);
    set_info(&mut document, metadata);
    let used: BTreeSet<Face> = pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|item| match item {
            Draw::Text { face, .. } => Some(*face),
            _ => None,
        })
        .collect();
    for face in used {
        let font = printpdf::PdfFont::new(fonts.face(face).parsed.clone());
        document
            .resources
            .fonts
            .map
            .insert(FontId(face.resource_name().into()), font);
    }
    if let Some(image) = logo {
        let id = XObjectId(LOGO.into());
        document
            .resources
            .xobjects
            .map
            .insert(id, XObject::Image(image.clone()));
    }
    let pdf_pages = pages
        .iter()
        .map(|page| PdfPage::new(Mm(210.0), Mm(297.0), operations(page)))
        .collect();
    document.with_pages(pdf_pages);
    let options = PdfSaveOptions::default();
    let mut lopdf_document = document.to_lopdf_document(&options, &mut Vec::new());
    fix_identity(&mut lopdf_document, metadata)?;
    lopdf_document.compress();
    let mut bytes = Vec::new();
    lopdf_document
        .save_to(&mut bytes)
        .map_err(|error| error.to_string())?;
    Ok(bytes)
}

fn set_info(document: &mut PdfDocument, metadata: &Metadata<'_>) {
    let created = OffsetDateTime::from_unix_timestamp(metadata.created_at.timestamp())
        .unwrap_or(document.metadata.info.creation_date);
    let info = &mut document.metadata.info;
    info.author = metadata.author.to_string();
    info.subject = metadata.subject.to_string();
    info.keywords = metadata
        .keywords
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(String::from)
        .collect();
    info.creator = "Granty".into();
    info.producer = "Granty (printpdf 0.12)".into();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    info.identifier = document_id(metadata);
}

/// The document id: a hash of what identifies the rendering (never random).
fn document_id(metadata: &Metadata<'_>) -> String {
    let mut hash = Sha256::new();
    for part in [metadata.title, metadata.author, metadata.language] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.update(metadata.created_at.to_rfc3339().as_bytes());
    hex::encode(&hash.finalize()[..16])
}

/// The trailer's /ID (printpdf writes random ones) and the catalog's /Lang.
fn fix_identity(document: &mut lopdf::Document, metadata: &Metadata<'_>) -> Result<(), String> {
    let id = document_id(metadata).into_bytes();
    document.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            Object::String(id, lopdf::StringFormat::Hexadecimal),
        ]),
    );
    let catalog = document.catalog_mut().map_err(|error| error.to_string())?;
    catalog.set(
        "Lang",
        Object::String(
            metadata.language.as_bytes().to_vec(),
            lopdf::StringFormat::Literal,
        ),
    );
    Ok(())
}

fn operations(page: &Page) -> Vec<Op> {
    let mut ops = vec![
        Op::SetOutlineThickness { pt: Pt(0.5) },
        Op::SetOutlineColor {
            col: Color::Rgb(Rgb {
                r: 0.25,
                g: 0.25,
                b: 0.25,
                icc_profile: None,
            }),
        },
    ];
    for item in &page.items {
        match item {
            Draw::Text {
                x,
                y,
                size,
                face,
                text,
            } => ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(FontId(face.resource_name().into())),
                    size: Pt(*size),
                },
                Op::SetTextCursor { pos: point(*x, *y) },
                Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                },
                Op::EndTextSection,
            ]),
            Draw::Line { x1, y1, x2, y2 } => ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: point(*x1, *y1),
                            bezier: false,
                        },
                        LinePoint {
                            p: point(*x2, *y2),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            }),
            Draw::Logo {
                x,
                y,
                width,
                height,
            } => ops.push(Op::UseXobject {
                id: XObjectId(LOGO.into()),
                transform: XObjectTransform {
                    translate_x: Some(Pt(*x)),
                    translate_y: Some(Pt(PAGE_HEIGHT - y - height)),
                    scale_x: Some(*width),
                    scale_y: Some(*height),
                    no_auto_scale: true,
                    ..XObjectTransform::default()
                },
            }),
        }
    }
    ops
}

/// A point measured from the top-left corner, as PDF wants it (from the bottom-left).
fn point(x: f32, y: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_HEIGHT - y),
    }
}
