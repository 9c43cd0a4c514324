//! I-485 Application to Register Permanent Residence or Adjust Status (edition 01/20/25), as an
//! asylee or refugee adjusting under INA 209 answers it.

use super::common::{Date, Filing, PersonId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One I-485 of one asylee or refugee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485 {
    /// # Applicant
    /// The id in `people` of the person adjusting status.
    #[schemars(extend("x-form" = "I-485 Part 1"), example = &"applicant")]
    pub applicant: PersonId,
    /// # Filing
    /// When the I-485 is (or will be) received by USCIS.
    #[schemars(extend("x-form" = "not printed; year of presence, fee"))]
    pub filing: Filing,
    /// # Date of the grant or admission
    /// The date asylum was granted (asylee) or the date of admission as a refugee.
    #[schemars(extend("x-form" = "I-485 Part 2"), example = &"2024-05-10")]
    pub granted: Date,
}
