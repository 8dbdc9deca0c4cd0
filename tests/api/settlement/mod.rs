//! Settlement (issue 13) on SQLite and PostgreSQL: the town's settings and interest rates; an
//! agreement's final report settled, its unused grant returned late with interest, the
//! agreement settled when everything is paid; who reads the settlement; the settlement and the
//! report as PDFs.

mod cycle;
pub mod flow;
mod misuse;
mod pdf;
mod settings;
mod track;
