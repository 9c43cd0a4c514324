//! Running the pipeline for users: one case through every stage ([`packet`]), many cases at once
//! ([`batch`]), the only library code that writes files ([`write`]), and how a run ends ([`error`]).

pub mod batch;
pub mod error;
pub mod packet;
pub mod write;
