//! I-589 Application for Asylum and for Withholding of Removal (edition 01/20/25).
//!
//! Only what the I-589 asks beyond the people themselves: identity facts live on [`Person`]
//! and are referred to by id.

use super::common::{Filing, PersonId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The I-589 answers of one principal applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589 {
    /// # Applicant
    /// The id of the principal applicant in `people`.
    #[schemars(extend("x-form" = "I-589 Part A.I"), example = &"applicant")]
    pub applicant: PersonId,
    /// # Filing
    /// When the I-589 is (or will be) received by USCIS or the Immigration Court.
    #[schemars(extend("x-form" = "not printed; one-year deadline, children's ages, fee"))]
    pub filing: Filing,
    /// # Spouse
    /// The applicant's spouse, if married. Leave out if not married.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Spouse"))]
    pub spouse: Option<I589Spouse>,
    /// # Children
    /// Every child of the applicant, whatever the age, marital status or location
    /// (8 CFR 208.3(a)). More than four continue on Supplement A.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Children; Supplement A"))]
    pub children: Vec<I589Child>,
}

/// The spouse as the I-589 asks about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589Spouse {
    /// # Spouse
    /// The id of the spouse in `people`.
    #[schemars(extend("x-form" = "I-589 Part A.II items 1-23"), example = &"spouse")]
    pub person: PersonId,
    /// # Include in this application
    /// true to include the spouse in this application (only possible if the spouse is in the US).
    #[schemars(extend("x-form" = "I-589 Part A.II item 24"), example = true)]
    pub include: bool,
}

/// A child as the I-589 asks about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589Child {
    /// # Child
    /// The id of the child in `people`.
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Children items 1-21"), example = &"child-1")]
    pub person: PersonId,
    /// # Include in this application
    /// true to include the child (only an unmarried child under 21 who is in the US).
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Children item 21"), example = false)]
    pub include: bool,
}
