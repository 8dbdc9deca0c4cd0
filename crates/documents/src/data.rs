//! The typed data each kind of document is rendered from. The store builds these from the
//! database; templates read their fields by name, so a field renamed here must be renamed in
//! `pdf-templates/` too (the template tests render every kind with sample data).

pub mod agreement;

pub use agreement::{AgreementData, AnnexData};
