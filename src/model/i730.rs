//! I-730 Refugee/Asylee Relative Petition (edition 01/20/25): one petition per beneficiary.

use super::common::{Date, Filing, PersonId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One I-730 petition: a principal asylee or refugee petitioning for one spouse or child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I730 {
    /// # Petitioner
    /// The id in `people` of the asylee or refugee who files the petition.
    #[schemars(extend("x-form" = "I-730 Part 1"), example = &"applicant")]
    pub petitioner: PersonId,
    /// # Beneficiary
    /// The id in `people` of the spouse or child petitioned for.
    #[schemars(extend("x-form" = "I-730 Part 2"), example = &"spouse")]
    pub beneficiary: PersonId,
    /// # Filing
    /// When the petition is (or will be) received by USCIS.
    #[schemars(extend("x-form" = "not printed; two-year deadline"))]
    pub filing: Filing,
    /// # Date of the grant or admission
    /// The date the petitioner was granted asylum, or admitted as a refugee.
    #[schemars(extend("x-form" = "I-730 Part 1"), example = &"2024-05-10")]
    pub granted: Date,
}
