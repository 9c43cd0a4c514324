//! Running the pipeline for users: one case through every stage ([`packet`]), many cases at once
//! ([`batch`]), and the only library code that writes files ([`write`]).

pub mod batch;
pub mod packet;
pub mod write;
