//! The edge of the server (issue 9): deadlines judged by when a request arrived or an upload's
//! body finished arriving, uploads streamed and checked by content and name, and the security
//! headers on every kind of response.

mod arrival;
mod headers;
mod multipart;
mod uploads;
