//! I-730 Refugee/Asylee Relative Petition (edition 01/20/25): one petition per beneficiary.
//!
//! Only what the I-730 asks beyond the people themselves: names, birth, addresses, marriages,
//! documents and entries of the petitioner and the beneficiary live on [`Person`] and are
//! referred to by id.
//!
//! [`Person`]: super::common::Person

use super::common::{Date, Filing, PersonId, YesNo};
use super::text::Text;
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
    /// For an asylee: the date you were granted asylum (on the approval letter or the judge's
    /// order). For a refugee: the date you were admitted to the United States as a refugee (on
    /// your I-94). The two-year deadline counts from this date.
    #[schemars(extend("x-form" = "I-730 Part 1, item 21 (asylee) or item 25 (refugee)"), example = &"2024-05-10")]
    pub granted: Date,
    /// # Your status
    /// "asylee" if you were granted asylum in the United States, "refugee" if you were admitted
    /// as a refugee. If you have since become a permanent resident, still write the status you
    /// had and set `petitioner_became_lpr` to true.
    #[schemars(extend("x-form" = "I-730 page 1, My Status"), example = &"asylee")]
    pub status: I730Status,
    /// # The beneficiary is my
    /// "spouse" for your husband or wife, "child" for your unmarried child under 21.
    #[schemars(extend("x-form" = "I-730 page 1, The beneficiary is my"), example = &"spouse")]
    pub relationship: I730Relationship,
    /// # Kind of child
    /// Only when the beneficiary is your child: "born_in_wedlock" (born while you and the other
    /// parent were married), "born_out_of_wedlock", "legitimated" (born out of wedlock and
    /// later legitimated), "stepchild" (your spouse's child) or "adopted".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 page 1, Unmarried child who is a(n): Biological Child, Stepchild or Adopted Child"), example = &"stepchild")]
    pub child_relationship: Option<I730ChildRelationship>,
    /// # This is petition number
    /// When you file several I-730s at once (one for each relative), the number of this one:
    /// 1 for the first, 2 for the second, and so on.
    #[schemars(range(min = 1), extend("x-form" = "I-730 page 1, ( N of M )"), example = 1)]
    pub form_number: u32,
    /// # Number of petitions you are filing
    /// How many relatives you are filing a separate I-730 for in all (1 if only this one).
    #[schemars(range(min = 1), extend("x-form" = "I-730 page 1, Number of relatives for whom I am filing separate Form I-730s; ( N of M )"), example = 2)]
    pub form_total: u32,
    /// # You were the principal applicant
    /// true if you were granted asylum or refugee status yourself, as the principal applicant.
    /// false if you got your status through a parent or spouse (as a derivative, included in
    /// their application or through their I-730): a derivative cannot file an I-730.
    #[schemars(extend("x-form" = "not printed; who may file (8 CFR 207.7(d))"), example = true)]
    pub petitioner_was_principal: bool,
    /// # You became a permanent resident
    /// true if you have since become a lawful permanent resident (green card) on the basis of
    /// your asylee or refugee status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 page 1, My Status: Lawful Permanent Resident based on previous Refugee / Asylee status"), example = false)]
    pub petitioner_became_lpr: Option<bool>,
    /// # You became a US citizen
    /// true if you have become a US citizen. A naturalized citizen can no longer file an I-730
    /// (file Form I-130 instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; who may file"), example = false)]
    pub petitioner_naturalized: Option<bool>,
    /// # Date of the principal application
    /// For an asylee: the date your I-589 asylum application was filed (received). For a
    /// refugee: the date you applied for refugee status. A child must have been under 21 on
    /// this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; the child's age (INA 208(b)(3)(B), 207(c)(2)(B))"), example = &"2024-02-01")]
    pub principal_application_date: Option<Date>,
    /// # Where asylum was granted
    /// Asylees only: the city and state of the asylum office or Immigration Court that granted
    /// asylum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, item 22"))]
    pub asylum_granted_place: Option<I730Place>,
    /// # Date refugee status was approved abroad
    /// Refugees only: the date you received approval for refugee status while living abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, item 23"), example = &"2023-11-02")]
    pub refugee_approved: Option<Date>,
    /// # Where refugee status was approved
    /// Refugees only: the city, province and country where you received approval for refugee
    /// status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, item 24"))]
    pub refugee_approved_place: Option<I730Place>,
    /// # Where you were admitted as a refugee
    /// Refugees only: the city and state where you entered the United States as a refugee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, item 26"))]
    pub refugee_admitted_place: Option<I730Place>,
    /// # Adoption
    /// Only for an adopted child: when the adoption took place and since when you had legal
    /// custody of the child and lived with the child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; evidence for an adopted child (INA 101(b)(1)(E))"))]
    pub adoption: Option<I730Adoption>,
    /// # Father's bona fide relationship or legitimation
    /// Only when you are the father of a child born out of wedlock: true if you have evidence
    /// that the child was legitimated, or of a real parent-child relationship (support
    /// payments, school records, letters, photos, affidavits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; evidence for a child born out of wedlock (INA 101(b)(1)(C)-(D))"), example = true)]
    pub father_bona_fide_relationship: Option<bool>,
    /// # Embassy or consulate
    /// When the beneficiary is outside the United States: the city and country of the USCIS
    /// office or US Embassy or consulate where the beneficiary will apply for travel
    /// authorization (usually the one nearest to where they live).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 2, item 21"), example = &"Addis Ababa, Ethiopia")]
    pub consulate: Option<Text>,
    /// # Filing more than two years after your grant
    /// Answer true if you file this petition more than two years after you were granted asylum
    /// or admitted as a refugee, and explain why you are late (USCIS may excuse the delay for
    /// humanitarian reasons); false otherwise.
    #[schemars(extend("x-form" = "I-730 Part 3, item 1"))]
    pub late_filing: YesNo,
    /// # Beneficiary's statement
    /// Only when the beneficiary is in the United States and 14 or older: how the beneficiary
    /// read the petition. Leave out otherwise (Part 6 stays blank).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 6, items 1-2"))]
    pub beneficiary_statement: Option<I730BeneficiaryStatement>,
    /// # Volag number
    /// For the attorney or accredited representative: the Volag number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 page 1, attorney block: Volag Number"), example = &"V123456")]
    pub volag_number: Option<Text>,
    /// # Representation extends beyond preparation
    /// Only when an attorney or accredited representative prepared the petition: true if they
    /// represent you beyond preparing this petition, false if they only prepared it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 8, item 7.b (extends / does not extend)"), example = true)]
    pub preparer_representation_extends: Option<bool>,
}

/// The petitioner's status on the I-730 header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I730Status {
    /// Granted asylum in the United States (INA 208(b)(3)).
    Asylee,
    /// Admitted to the United States as a refugee (INA 207(c)(2)).
    Refugee,
}

/// Who the beneficiary is to the petitioner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I730Relationship {
    /// Husband or wife.
    Spouse,
    /// Unmarried child under 21.
    Child,
}

/// How the child is the petitioner's child (INA 101(b)(1)(A)-(E)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I730ChildRelationship {
    /// Born to parents married to each other.
    BornInWedlock,
    /// Born to parents not married to each other.
    BornOutOfWedlock,
    /// The child of the petitioner's spouse, the marriage taking place before the child turned 18.
    Stepchild,
    /// Adopted before 16, with two years of legal custody and residence.
    Adopted,
    /// Born out of wedlock and legitimated before 18.
    Legitimated,
}

/// A place as the I-730 asks it: city, state or province, country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I730Place {
    /// # City or town
    /// The city or town.
    #[schemars(extend("x-form" = "I-730 Part 1, items 22, 24, 26 (City or Town)"), example = &"Arlington")]
    pub city: Text,
    /// # State or province
    /// The US state (two letters, e.g. "VA"), or the province or region abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, items 22, 24, 26 (State or Province)"), example = &"VA")]
    pub state_or_province: Option<Text>,
    /// # Country
    /// The country, for a place abroad (item 24). Leave out for a place in the United States.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, item 24 (Country)"), example = &"Kenya")]
    pub country: Option<Text>,
}

/// The facts of an adoption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I730Adoption {
    /// # Date of adoption
    /// The date of the adoption decree. The child must have been adopted before turning 16.
    #[schemars(extend("x-form" = "not printed; adoption decree"), example = &"2016-03-01")]
    pub adopted: Date,
    /// # Legal custody since
    /// The date you got legal custody of the child (two years of custody are needed).
    #[schemars(extend("x-form" = "not printed; two years of legal custody"), example = &"2015-09-01")]
    pub custody_since: Date,
    /// # Living together since
    /// The date the child started living with you (two years of residence together are needed).
    #[schemars(extend("x-form" = "not printed; two years of residence"), example = &"2015-09-01")]
    pub residence_since: Date,
    /// # Sibling exception
    /// true if the child was adopted while under 18 and a natural brother or sister was adopted
    /// by the same parents while under 16 (INA 101(b)(1)(E)(ii)). Leave out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; adopted under 18 as a sibling (INA 101(b)(1)(E)(ii))"), example = false)]
    pub sibling_adopted_under_16: Option<bool>,
}

/// How the beneficiary in the United States read the petition (Part 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I730BeneficiaryStatement {
    /// # Reads English
    /// true if the beneficiary read and understood the petition in English; false if the
    /// interpreter (`interpreter` of the case) read it to them.
    #[schemars(extend("x-form" = "I-730 Part 6, items 1.a / 1.b"), example = true)]
    pub reads_english: bool,
    /// # Preparer used
    /// true if the preparer (`preparer` of the case) prepared the petition at the beneficiary's
    /// request too.
    #[schemars(extend("x-form" = "I-730 Part 6, item 2"), example = false)]
    pub preparer_used: bool,
}
