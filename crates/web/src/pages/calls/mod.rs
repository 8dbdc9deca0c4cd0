//! The clerk's calls: the list, the form that creates and edits a draft, publishing it, and the
//! documents published with it.

mod criteria;
mod documents;
mod edit;
mod form;
mod form_page;
mod history;
mod list;
mod publication;
mod publish;
mod typed;

pub use documents::{remove_document, show_documents, upload_document};
pub use edit::{create_call, edit_call, new_call, update_call};
pub use history::call_history_page;
pub use list::calls_page;
pub use publication::{publication_page, record_publication};
pub use publish::publish_call;
