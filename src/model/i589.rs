//! I-589 Application for Asylum and for Withholding of Removal (edition 01/20/25).
//!
//! Only what the I-589 asks beyond the people themselves: identity facts (names, birth,
//! entries, documents, residences, education, employment, parents) live on [`Person`] and are
//! referred to by id. The field map `form-templates/i-589/01-20-25/fields.tsv` says where each
//! value prints.
//!
//! [`Person`]: super::common::Person

use super::common::{Filing, OriginalText, PersonId, Residence, YesNo};
use super::text::Text;
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
    /// # Also apply for withholding under the Convention Against Torture
    /// true to check the box at the top of page 1: you also want to apply for withholding of
    /// removal under the Convention Against Torture.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 page 1, box above Part A.I"), example = true)]
    pub cat_withholding: bool,
    /// # Unaccompanied child
    /// true if the applicant is an unaccompanied alien child: under 18 at the last arrival,
    /// without lawful status, and with no parent or legal guardian in the US available to care
    /// for them (6 U.S.C. 279(g)(2)). The one-year deadline does not apply (INA 208(a)(2)(E)).
    /// Record the determination in `uac_determination`. Not printed on the form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; exemption from the one-year deadline"), example = false)]
    pub unaccompanied_child: Option<bool>,
    /// # How the applicant was determined unaccompanied
    /// When `unaccompanied_child` is true: which agency determined that the applicant was an
    /// unaccompanied alien child, and when (keep the record with the filing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; evidence for the unaccompanied-child exemption"))]
    pub uac_determination: Option<UacDetermination>,
    /// # Country of claimed persecution
    /// The country you fear returning to and claim asylum from. Usually your nationality; for a
    /// stateless person, the country where you last habitually lived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed as such; the country of Part B and Part C item 4"), example = &"Syria")]
    pub persecution_country: Option<Text>,
    /// # Spouse
    /// The applicant's spouse, if married. Leave out if not married ("I am not married").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Spouse"))]
    pub spouse: Option<I589Spouse>,
    /// # Children
    /// Every child of the applicant, whatever the age, marital status or location
    /// (8 CFR 208.3(a)). More than four continue on Supplement A.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.II, Your Children; Supplement A"))]
    pub children: Vec<I589Child>,
    /// # Siblings
    /// The ids in `people` of the applicant's brothers and sisters (the parents are the
    /// applicant's `mother` and `father`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.III, item 5 (Sibling rows)"), example = vec!["sibling-1"])]
    pub siblings: Vec<PersonId>,
    /// # Last address before coming to the US
    /// The last address where the applicant lived before coming to the United States; if that
    /// is not in the country of feared persecution, also the last address there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.III, item 1"))]
    pub addresses_before_us: Vec<Residence>,
    /// # Part B: the claim
    /// Why you are applying, and what happened.
    #[schemars(extend("x-form" = "I-589 Part B"))]
    pub part_b: I589PartB,
    /// # Part C: additional information
    /// Earlier applications, other countries, harm to others, returns home, late filing, crimes.
    #[schemars(extend("x-form" = "I-589 Part C"))]
    pub part_c: I589PartC,
    /// # Part D: signature questions
    /// Who helped with the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part D"))]
    pub part_d: Option<I589PartD>,
}

/// Who determined that the applicant was an unaccompanied alien child (6 U.S.C. 279(g)(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UacAgency {
    /// U.S. Customs and Border Protection, at or near the border.
    Cbp,
    /// U.S. Immigration and Customs Enforcement.
    Ice,
    /// The Office of Refugee Resettlement (HHS), on placement in its custody.
    Orr,
    /// USCIS.
    Uscis,
    /// The Immigration Court.
    ImmigrationCourt,
}

impl UacAgency {
    /// The agency's name in words.
    pub fn form_words(self) -> &'static str {
        match self {
            UacAgency::Cbp => "U.S. Customs and Border Protection",
            UacAgency::Ice => "U.S. Immigration and Customs Enforcement",
            UacAgency::Orr => "Office of Refugee Resettlement",
            UacAgency::Uscis => "U.S. Citizenship and Immigration Services",
            UacAgency::ImmigrationCourt => "Immigration Court",
        }
    }
}

/// The unaccompanied-child determination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UacDetermination {
    /// # Determined by
    /// "cbp", "ice", "orr", "uscis" or "immigration_court".
    #[schemars(extend("x-form" = "not printed; evidence"), example = &"orr")]
    pub agency: UacAgency,
    /// # Date of the determination
    /// The date of the determination (on the ORR or CBP record).
    #[schemars(extend("x-form" = "not printed; evidence"), example = &"2024-07-06")]
    pub date: super::common::Date,
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

/// The grounds of Part B, item 1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589Grounds {
    /// # Race
    /// true if you fear harm because of your race.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Race)"), example = false)]
    pub race: bool,
    /// # Religion
    /// true if you fear harm because of your religion.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Religion)"), example = true)]
    pub religion: bool,
    /// # Nationality
    /// true if you fear harm because of your nationality.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Nationality)"), example = false)]
    pub nationality: bool,
    /// # Political opinion
    /// true if you fear harm because of a political opinion you hold or are believed to hold.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Political opinion)"), example = true)]
    pub political_opinion: bool,
    /// # Membership in a particular social group
    /// true if you fear harm because you belong to a particular social group.
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Membership in a particular social group)"), example = false)]
    pub social_group: bool,
    /// # Torture Convention
    /// true if you fear torture (withholding of removal under the Convention Against Torture).
    #[serde(default)]
    #[schemars(extend("x-form" = "I-589 Part B, item 1 (Torture Convention)"), example = false)]
    pub torture: bool,
}

/// Part B: Information About Your Application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589PartB {
    /// # Grounds
    /// Why you are applying: check every ground that applies.
    #[schemars(extend("x-form" = "I-589 Part B, item 1"))]
    pub grounds: I589Grounds,
    /// # 1.A Past harm
    /// Have you, your family, or close friends or colleagues ever experienced harm or mistreatment
    /// or threats in the past by anyone? If yes: what happened, when, who caused it, and why you
    /// believe it happened.
    #[schemars(extend("x-form" = "I-589 Part B, item 1.A"))]
    pub past_harm: YesNo,
    /// # 1.B Fear of harm
    /// Do you fear harm or mistreatment if you return to your home country? If yes: what harm,
    /// who would harm you, and why.
    #[schemars(extend("x-form" = "I-589 Part B, item 1.B"))]
    pub fear_of_harm: YesNo,
    /// # 2. Arrests abroad
    /// Have you or your family members ever been accused, charged, arrested, detained,
    /// interrogated, convicted and sentenced, or imprisoned in any country other than the US
    /// (including for an immigration law violation)? If yes: the circumstances and reasons.
    #[schemars(extend("x-form" = "I-589 Part B, item 2"))]
    pub arrested_abroad: YesNo,
    /// # 3.A Organizations
    /// Have you or your family members ever belonged to or been associated with any organization
    /// or group in your home country (political party, student group, union, religious
    /// organization, military, ethnic group, human rights group, the press…)? If yes: for each
    /// person, the level of participation, positions held and for how long.
    #[schemars(extend("x-form" = "I-589 Part B, item 3.A"))]
    pub organizations: YesNo,
    /// # 3.B Continued participation
    /// Do you or your family members continue to participate in any way in these organizations or
    /// groups? If yes: current participation, positions and for how long.
    #[schemars(extend("x-form" = "I-589 Part B, item 3.B"))]
    pub organizations_continuing: YesNo,
    /// # 4. Fear of torture
    /// Are you afraid of being subjected to torture in your home country or any other country to
    /// which you may be returned? If yes: why, the nature of the torture, by whom, and why.
    #[schemars(extend("x-form" = "I-589 Part B, item 4"))]
    pub fear_of_torture: YesNo,
}

/// Part C, items 2.A and 2.B: other countries (the form has one explanation for both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589OtherCountries {
    /// # 2.A Travel through other countries
    /// After leaving the country you claim asylum from, did you or your spouse or children now in
    /// the US travel through or live in any other country before entering the US?
    #[schemars(extend("x-form" = "I-589 Part C, item 2.A"), example = false)]
    pub travelled_through: bool,
    /// # 2.B Status in another country
    /// Have you, your spouse, children or other family members (parents, siblings) ever applied
    /// for or received any lawful status in any country other than the one you claim asylum from?
    #[schemars(extend("x-form" = "I-589 Part C, item 2.B"), example = false)]
    pub lawful_status: bool,
    /// # Explanation for 2.A and 2.B
    /// If either is yes: for each person, each country and the length of stay, the status there,
    /// why they left, whether they may return to live there, and whether they applied for refugee
    /// status or asylum there (and if not, why not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part C, items 2.A-2.B (explanation)"), example = &"I stayed 3 weeks in Turkey in transit, without status ...")]
    pub explanation: Option<Text>,
    /// # Original of the explanation
    /// The explanation as the applicant wrote it in their own language (the form prints the
    /// English in `explanation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed: the forms print the English in explanation"))]
    pub original: Option<OriginalText>,
}

/// Part C: Additional Information About Your Application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589PartC {
    /// # 1. Earlier applications
    /// Have you, your spouse, children, parents or siblings ever applied to the US Government for
    /// refugee status, asylum, or withholding of removal? If yes: the decision and what happened
    /// to any status received (give a parent's or spouse's A-Number if you were included).
    #[schemars(extend("x-form" = "I-589 Part C, item 1"))]
    pub prior_applications: YesNo,
    /// # 2. Other countries
    /// Travel through, residence in, or status in countries other than the one you flee.
    #[schemars(extend("x-form" = "I-589 Part C, items 2.A-2.B"))]
    pub other_countries: I589OtherCountries,
    /// # 3. Harm to others
    /// Have you, your spouse or children ever ordered, incited, assisted or otherwise participated
    /// in causing harm or suffering to any person because of race, religion, nationality,
    /// membership in a particular social group or political opinion? If yes: each incident.
    #[schemars(extend("x-form" = "I-589 Part C, item 3"))]
    pub harmed_others: YesNo,
    /// # 4. Return to that country
    /// After you left the country where you were harmed or fear harm, did you return there? If
    /// yes: the dates, purposes and length of each visit.
    #[schemars(extend("x-form" = "I-589 Part C, item 4"))]
    pub returned: YesNo,
    /// # 5. Filing after one year
    /// Are you filing more than 1 year after your last arrival in the US? If yes, explain why you
    /// did not file within the first year (changed or extraordinary circumstances).
    #[schemars(extend("x-form" = "I-589 Part C, item 5"))]
    pub filed_after_one_year: YesNo,
    /// # 6. Crimes in the US
    /// Have you or any family member included in the application ever committed any crime or been
    /// arrested, charged, convicted or sentenced for any crime in the US (including for an
    /// immigration law violation)? If yes: each instance in detail.
    #[schemars(extend("x-form" = "I-589 Part C, item 6"))]
    pub crimes_in_us: YesNo,
}

/// A family member who helped fill in the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589Helper {
    /// # Name
    /// The helper's full name.
    #[schemars(extend("x-form" = "I-589 Part D (name of family member who assisted)"), example = &"Omar Haddad")]
    pub name: Text,
    /// # Relationship
    /// How the helper is related to you (spouse, parent, child).
    #[schemars(extend("x-form" = "I-589 Part D (relationship)"), example = &"spouse")]
    pub relationship: Text,
}

/// Part D: the questions answered when signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I589PartD {
    /// # Family members who helped
    /// Your spouse, parent or children who assisted you in completing the application (leave
    /// empty if none did).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part D (did your spouse, parent, or child(ren) assist you)"))]
    pub family_assisted: Vec<I589Helper>,
    /// # Given a list of legal service providers
    /// true if you were given a list of persons who may be available to assist you, at little or
    /// no cost, with your asylum claim.
    #[schemars(extend("x-form" = "I-589 Part D (list of persons who may assist)"), example = true)]
    pub legal_services_list_received: bool,
}
