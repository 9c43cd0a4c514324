//! Ways a case file begins: a skeleton to fill in ([`skeleton`], `init`), a clinic's intake
//! spreadsheet ([`intake`], `import`), and synthetic cases for load tests and demos ([`generate`]).

pub mod generate;
pub mod intake;
pub mod skeleton;
