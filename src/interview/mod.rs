//! `asylum-forms interview CASE.json`: a guided interview in the user's language, served to
//! the user's own browser from 127.0.0.1, that writes the case file answer by answer.
//!
//! | module | job |
//! |---|---|
//! | [`flow`] | the question files (`form-templates/<form>/<edition>/questions.toml`) and the next screen |
//! | [`answers`] | a screen's form post → the case JSON, and back |
//! | [`mirror`] | a marriage asked once, written onto both spouses |
//! | [`pages`] | the HTML of the question screens and the style sheet |
//! | [`review`] | the review, the deadline banner, "make my forms" |
//! | [`twice`] | people entered twice: found for the review, joined on request |
//! | [`i18n`] | the texts (Fluent, `locales/<lang>/*.ftl`) |
//! | [`session`] | token, cookie, Host and Origin checks, security headers |
//! | [`server`] | the HTTP server and the routes |
//! | [`error`] | the typed errors of the question files, texts, requests and start-up |
//!
//! Background and the security model: docs/interview.md.

pub mod answers;
pub mod error;
pub mod flow;
pub mod i18n;
pub mod mirror;
pub mod pages;
pub mod review;
pub mod server;
pub mod session;
pub mod twice;

pub use server::{start, Config, Running};
