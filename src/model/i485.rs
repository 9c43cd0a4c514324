//! I-485 Application to Register Permanent Residence or Adjust Status (edition 01/20/25), as an
//! asylee or refugee adjusting under INA 209 answers it.
//!
//! Identity facts (names, birth, documents, addresses, marriages, parents, employment, physical
//! description) live on [`Person`](super::common::Person) and are referred to by id; this module
//! holds only what the I-485 itself asks. Family-, employment- and other categories of Part 2
//! and the public-charge questions asylees and refugees skip (Part 9 items 57-66) are not
//! modelled: this tool prepares INA 209 adjustment only.

use super::common::{
    Date, Employment, Filing, PersonId, Residence, TravelDocument, UsState, YesNo,
};
use super::text::Text;
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
    /// The date asylum was granted (asylee) or the date of admission as a refugee. For a spouse
    /// or child who got status through a family member, the date of your own grant or admission.
    #[schemars(extend("x-form" = "I-485 Part 2, item 3.d"), example = &"2024-05-10")]
    pub granted: Date,
    /// # Asylee or refugee
    /// "asylee" if you were granted asylum (you adjust under INA 209(b)), "refugee" if you were
    /// admitted to the United States as a refugee (INA 209(a)). Spouses and children who got
    /// status through a family member choose the same as that family member.
    #[schemars(extend("x-form" = "I-485 Part 2, item 3.d; Part 9, item 56"), example = &"asylee")]
    pub category: I485Category,
    /// # Principal asylee or refugee
    /// Only if you got your status as the spouse or child of someone else (a derivative): the id
    /// in `people` of that person. Leave out if you were granted asylum or admitted as a refugee
    /// in your own right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 2, item 2 (principal applicant's name, date of birth, A-Number)"), example = &"applicant")]
    pub principal: Option<PersonId>,
    /// # Trips outside the United States
    /// Every trip you made outside the United States since you were granted asylum or admitted
    /// as a refugee. Days abroad may not count toward the one year of presence you need, and a
    /// trip to the country you fled can raise questions about your status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "not a field of the 01/20/25 edition; explained in Part 14 when relevant"))]
    pub trips_abroad: Vec<I485Trip>,
    /// # Country of claimed persecution
    /// The country you were granted asylum or refugee status from: the country you fear. Leave
    /// out to use the `persecution_country` of your I-589 in the same case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; trips back to that country (INA 208(c)(2))"), example = &"Syria")]
    pub persecution_country: Option<Text>,
    /// # Waiver of inadmissibility filed
    /// true if you file Form I-602 (Application by Refugee for Waiver of Inadmissibility Grounds)
    /// with this I-485 because a Part 9 answer makes you inadmissible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; Form I-602 filed with the I-485"), example = false)]
    pub inadmissibility_waiver_filed: Option<bool>,
    /// # Attorney's Volag number
    /// For an attorney or accredited representative only: the voluntary agency (Volag) number,
    /// if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 page 1, attorney or accredited representative box"), example = &"V123456")]
    pub volag_number: Option<Text>,
    /// # About you
    /// The Part 1 answers that are not part of your personal details in `people`: your last
    /// arrival, crewman questions, last address abroad and the Social Security card request.
    #[schemars(extend("x-form" = "I-485 Part 1"))]
    pub about_you: I485AboutYou,
    /// # Application type
    /// The Part 2 answers besides the category and grant date.
    #[schemars(extend("x-form" = "I-485 Part 2"))]
    pub application: I485Application,
    /// # Additional information about you
    /// Part 4: earlier immigrant visa and green card applications, and your employment or school
    /// history.
    #[schemars(extend("x-form" = "I-485 Part 4"))]
    pub additional: I485AdditionalInfo,
    /// # Marital history
    /// The Part 6 answers besides the marriages listed in `people`. Your marriages print from the
    /// applicant's `marriages` list: list the current marriage first, then earlier marriages, most
    /// recent first, and list each spouse in `people`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 6"))]
    pub marital: Option<I485Marital>,
    /// # Children
    /// Every living son and daughter of yours, of any age, married or not, wherever they live,
    /// including stepchildren and adopted children. The form has room for two; more continue in
    /// Part 14.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-485 Part 7, items 1-3; Part 14"))]
    pub children: Vec<I485Child>,
    /// # General eligibility and inadmissibility
    /// Every Yes/No question of Part 9. Explain each Yes (and any No you are unsure of); the
    /// explanation continues in Part 14.
    #[schemars(extend("x-form" = "I-485 Part 9"))]
    pub eligibility: Box<I485Eligibility>,
}

/// The status the applicant adjusts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I485Category {
    /// Granted asylum (INA 208): adjusts under INA 209(b).
    Asylee,
    /// Admitted as a refugee (INA 207): adjusts under INA 209(a).
    Refugee,
}

/// One trip outside the United States after the grant or admission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Trip {
    /// # Departure date
    /// The day you left the United States.
    #[schemars(extend("x-form" = "not printed; year of physical presence"), example = &"2025-12-20")]
    pub departed: Date,
    /// # Return date
    /// The day you came back to the United States. Leave out if you are still abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; year of physical presence"), example = &"2026-01-05")]
    pub returned: Option<Date>,
    /// # Destination
    /// The country or countries you went to.
    #[schemars(extend("x-form" = "not printed; Part 14 when relevant"), example = &"Canada")]
    pub destination: Text,
    /// # Purpose
    /// Why you travelled (e.g. "visit my sister", "wedding").
    #[schemars(extend("x-form" = "not printed; Part 14 when relevant"), example = &"Visit my sister")]
    pub purpose: Text,
}

/// Part 1 answers that belong to this application rather than to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485AboutYou {
    /// # Last arrival in the United States
    /// How and when you last arrived in the United States, as the I-485 asks it.
    #[schemars(extend("x-form" = "I-485 Part 1, items 10-13"))]
    pub last_arrival: I485LastArrival,
    /// # Ever issued a crewman visa
    /// true if you were EVER issued an "alien crewman" visa (C-1/D).
    #[schemars(extend("x-form" = "I-485 Part 1, item 16"), example = false)]
    pub crewman_visa: bool,
    /// # Arrived to work on a ship or aircraft
    /// true if you last arrived to join a vessel as a seaman or crewman, or while working aboard a
    /// ship or aircraft.
    #[schemars(extend("x-form" = "I-485 Part 1, item 17"), example = false)]
    pub arrived_as_crewman: bool,
    /// # Most recent address outside the United States
    /// Your last address outside the United States where you lived more than one year, with the
    /// dates you lived there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 18 (most recent address outside the United States)"))]
    pub address_abroad: Option<Residence>,
    /// # Social Security card
    /// Whether the Social Security Administration should issue you a card.
    #[schemars(extend("x-form" = "I-485 Part 1, item 19"))]
    pub social_security: I485SocialSecurity,
}

/// The last arrival in the United States as the I-485 asks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485LastArrival {
    /// # Date of last arrival
    /// The day you last arrived in the United States. It is the same as your most recent entry
    /// in `people`.
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (date of last arrival)"), example = &"2024-07-04")]
    pub date: Date,
    /// # City or town of arrival
    /// The city or town where you last arrived (the airport's or border crossing's city).
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (place of last arrival, city or town)"), example = &"New York")]
    pub city: Text,
    /// # State of arrival
    /// The state where you last arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (place of last arrival, state)"), example = &"NY")]
    pub state: Option<UsState>,
    /// # Passport or travel document used
    /// The passport or travel document you showed at your last arrival, if any (it may have
    /// expired since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (passport or travel document)"))]
    pub document: Option<TravelDocument>,
    /// # Visa number
    /// The number of the nonimmigrant visa you used at your last arrival, if any (the red number
    /// on the visa foil). Refugees usually have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (nonimmigrant visa number)"), example = &"12345678")]
    pub visa_number: Option<Text>,
    /// # Visa issue date
    /// The date that visa was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 10 (date nonimmigrant visa was issued)"), example = &"2024-03-01")]
    pub visa_issued: Option<Date>,
    /// # How you arrived
    /// "admitted" (inspected and admitted, e.g. as a visitor, student or refugee), "paroled"
    /// (inspected and paroled), "without_admission" (came in without admission or parole) or
    /// "other".
    #[schemars(extend("x-form" = "I-485 Part 1, item 11"), example = &"admitted")]
    pub manner: I485ArrivalManner,
    /// # Admitted as
    /// If admitted: the status you were admitted in (e.g. "B-2 visitor", "refugee").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 11 (admitted as)"), example = &"B-2 visitor")]
    pub admitted_as: Option<Text>,
    /// # Paroled as
    /// If paroled: the kind of parole (e.g. "humanitarian parole").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 11 (paroled as)"), example = &"humanitarian parole")]
    pub paroled_as: Option<Text>,
    /// # Other manner of arrival
    /// If "other": how you arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 11 (other)"), example = &"Following-to-join asylee (I-730)")]
    pub other: Option<Text>,
    /// # Form I-94 at last arrival
    /// What your most recent I-94 Arrival/Departure Record shows, if you were issued one. The I-94
    /// number itself is your `i94` in `people`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 12"))]
    pub i94: Option<I485I94>,
    /// # First time in the United States
    /// true if your last arrival was the first time you were ever physically in the United States.
    #[schemars(extend("x-form" = "I-485 Part 1, item 13"), example = true)]
    pub first_time: bool,
}

/// How the applicant last came into the United States.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I485ArrivalManner {
    /// Inspected at a port of entry and admitted.
    Admitted,
    /// Inspected at a port of entry and paroled.
    Paroled,
    /// Came in without admission or parole.
    WithoutAdmission,
    /// Any other way.
    Other,
}

/// The most recent Form I-94, as printed on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485I94 {
    /// # Family name on the I-94
    /// The family name exactly as printed on the I-94 (it may differ from your legal name).
    #[schemars(extend("x-form" = "I-485 Part 1, item 12 (family name)"), example = &"Haddad")]
    pub family: Text,
    /// # Given name on the I-94
    /// The given name exactly as printed on the I-94.
    #[schemars(extend("x-form" = "I-485 Part 1, item 12 (given name)"), example = &"Leila")]
    pub given: Text,
    /// # Authorized stay until
    /// The "admit until" date on the I-94 as YYYY-MM-DD, or "D/S" for duration of status. Leave
    /// out if the I-94 shows none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^(D/S|[0-9]{4}-[0-9]{2}-[0-9]{2})$"), extend("x-form" = "I-485 Part 1, item 12 (expiration date of authorized stay)"), example = &"D/S")]
    pub expires: Option<Text>,
    /// # Status on the I-94
    /// The class of admission printed on the I-94 (e.g. "B2", "RE" for refugee), or "paroled".
    #[schemars(extend("x-form" = "I-485 Part 1, item 12 (immigration status on Form I-94)"), example = &"RE")]
    pub status: Text,
}

/// Whether the Social Security Administration should issue a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485SocialSecurity {
    /// # Ask for a Social Security card
    /// true if you want the Social Security Administration to issue you a card (a new one, or one
    /// showing no work restriction).
    #[schemars(extend("x-form" = "I-485 Part 1, item 19 (do you want the SSA to issue you a card)"), example = true)]
    pub want_card: bool,
    /// # Consent to share with the SSA
    /// true to let USCIS share this application's information with the SSA so it can assign a
    /// number and issue the card. Required when you ask for a card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 19 (consent for disclosure)"), example = true)]
    pub consent: Option<bool>,
}

/// Part 2 answers besides the category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Application {
    /// # Filing with the Immigration Court
    /// true only if you file this I-485 with the Immigration Court (EOIR) because you are in
    /// removal proceedings now. Asylees and refugees almost always file with USCIS: false.
    #[schemars(extend("x-form" = "I-485 Part 2, item 1"), example = false)]
    pub with_immigration_court: bool,
    /// # Receipt number of the underlying application
    /// The receipt number of the application your status came from, if you have it: your I-589,
    /// or the I-730 filed for you (e.g. "ZLA1234567890").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 2, item 2 (receipt number of underlying petition)"), example = &"ZLA2512345678")]
    pub underlying_receipt: Option<Text>,
    /// # 21 or older, applying as a child under CSPA
    /// For a derivative child only: true if you are 21 or older now and still apply as a child
    /// under the Child Status Protection Act. Leave out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 2, item 5"), example = false)]
    pub cspa: Option<bool>,
}

/// Part 4: earlier applications and employment or school history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485AdditionalInfo {
    /// # Earlier immigrant visa application abroad
    /// Only if you EVER applied for an immigrant visa (green card) at a U.S. embassy or consulate
    /// abroad: where, and what was decided. Leave out if never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 4, items 1-4"))]
    pub immigrant_visa: Option<I485ImmigrantVisa>,
    /// # Applied for a green card in the US before
    /// Have you applied for permanent residence while in the United States before? If Yes,
    /// explain when, where and what happened.
    #[schemars(extend("x-form" = "I-485 Part 4, item 5"))]
    pub applied_before: YesNo,
    /// # Permanent residence rescinded
    /// Have you EVER held permanent resident status that was later rescinded (taken back) under
    /// INA section 246?
    #[schemars(extend("x-form" = "I-485 Part 4, item 6"))]
    pub residence_rescinded: YesNo,
    /// # Current activity: employer or school
    /// Whether item 7 (your current or most recent activity, the first entry of your `employment`
    /// list in `people`) is a job ("employer") or a school ("school"). List school attendance,
    /// unemployment and retirement in `employment` too, with the occupation "student",
    /// "unemployed" or "retired" (and, for unemployment or retirement, its `support`).
    #[schemars(extend("x-form" = "I-485 Part 4, item 7 (employer or school)"), example = &"employer")]
    pub current_kind: I485ActivityKind,
    /// # Most recent employer or school outside the United States
    /// Your most recent job or school outside the United States, unless it is already your
    /// current or most recent activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 4, item 8"))]
    pub abroad: Option<Employment>,
}

/// Whether an activity of the history is a job or a school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I485ActivityKind {
    /// A job, self-employment, unemployment or retirement.
    Employer,
    /// School attendance.
    School,
}

/// An earlier immigrant visa application at a U.S. embassy or consulate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485ImmigrantVisa {
    /// # Embassy or consulate city
    /// The city of the U.S. embassy or consulate.
    #[schemars(extend("x-form" = "I-485 Part 4, item 2 (city or town)"), example = &"Amman")]
    pub city: Text,
    /// # Embassy or consulate country
    /// The country of the U.S. embassy or consulate.
    #[schemars(extend("x-form" = "I-485 Part 4, item 2 (country)"), example = &"Jordan")]
    pub country: Text,
    /// # Decision
    /// What was decided: approved, refused, denied or withdrawn.
    #[schemars(extend("x-form" = "I-485 Part 4, item 3"), example = &"refused")]
    pub decision: Text,
    /// # Date of decision
    /// The date of the decision.
    #[schemars(extend("x-form" = "I-485 Part 4, item 4"), example = &"2019-04-02")]
    pub date: Date,
}

/// Part 6 answers besides the marriages themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Marital {
    /// # Spouse in the U.S. armed forces
    /// If you are married: true if your spouse is a current member of the U.S. armed forces or
    /// U.S. Coast Guard. Leave out if you are not married (the form then shows N/A).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 6, item 2"), example = false)]
    pub spouse_in_military: Option<bool>,
    /// # Spouse applying with you
    /// If you are married: true if your spouse is applying for a green card together with you
    /// (their own I-485).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 6, item 10"), example = true)]
    pub spouse_applying: Option<bool>,
    /// # Where the prior marriage legally ended
    /// For your most recent prior marriage: the city, state or province and country where it
    /// legally ended (e.g. where the divorce was granted), written "City, Country".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 6, item 17"), example = &"Aleppo, Syria")]
    pub prior_ended_place: Option<Text>,
    /// # Other way the prior marriage ended
    /// Only if your most recent prior marriage ended other than by divorce, death or annulment:
    /// how it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 6, item 18 (other, explain)"), example = &"Religious dissolution")]
    pub prior_ended_other: Option<Text>,
}

/// A son or daughter as Part 7 asks about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Child {
    /// # Child
    /// The id of the son or daughter in `people`.
    #[schemars(extend("x-form" = "I-485 Part 7, items 2-3 (name, A-Number, date and country of birth)"), example = &"child-1")]
    pub person: PersonId,
    /// # Relationship
    /// "biological", "stepchild" or "adopted".
    #[schemars(extend("x-form" = "I-485 Part 7, items 2-3 (relationship to you)"), example = &"biological")]
    pub relationship: I485ChildRelationship,
    /// # Also applying now
    /// true if this child is applying for a green card now on a separate I-485.
    #[schemars(extend("x-form" = "I-485 Part 7, items 2-3 (also applying on a separate Form I-485)"), example = true)]
    pub applying: bool,
}

/// How a child is related to the applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum I485ChildRelationship {
    /// Biological child.
    Biological,
    /// Stepchild.
    Stepchild,
    /// Legally adopted child.
    Adopted,
}

/// Part 9: general eligibility and inadmissibility grounds. The public charge questions (items
/// 56-66) are not here: asylees and refugees are exempt and the form marks the exemption from
/// `category`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Eligibility {
    /// # Ever a member of an organization
    /// Have you EVER been a member of, involved in, or in any way associated with any
    /// organization, association, fund, foundation, party, club, society or similar group, in
    /// the United States or anywhere else? This includes political parties, religious groups,
    /// unions, student and community groups. If Yes, list them in `organizations`.
    #[schemars(extend("x-form" = "I-485 Part 9, item 1"))]
    pub memberships: YesNo,
    /// # Organizations
    /// Each organization of item 1. The form has room for two; more continue in Part 14.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-485 Part 9, items 2-9; Part 14"))]
    pub organizations: Vec<I485Organization>,
    /// # Immigration history
    /// Items 10-21.
    #[schemars(extend("x-form" = "I-485 Part 9, items 10-21"))]
    pub immigration: I485ImmigrationHistory,
    /// # Criminal acts and violations
    /// Items 22-41.
    #[schemars(extend("x-form" = "I-485 Part 9, items 22-41"))]
    pub criminal: I485CriminalActs,
    /// # Security and related
    /// Items 42-55.
    #[schemars(extend("x-form" = "I-485 Part 9, items 42-55"))]
    pub security: I485Security,
    /// # Illegal entries and other immigration violations
    /// Items 67-73.
    #[schemars(extend("x-form" = "I-485 Part 9, items 67-73"))]
    pub violations: I485ImmigrationViolations,
    /// # Removal, unlawful presence or illegal reentry
    /// Items 74-78.
    #[schemars(extend("x-form" = "I-485 Part 9, items 74-78"))]
    pub removal: I485RemovalHistory,
    /// # Miscellaneous conduct
    /// Items 79-86.
    #[schemars(extend("x-form" = "I-485 Part 9, items 79-86"))]
    pub miscellaneous: I485Miscellaneous,
}

/// An organization of Part 9 item 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Organization {
    /// # Name of the organization
    /// The organization's full name.
    #[schemars(extend("x-form" = "I-485 Part 9, items 2 and 6"), example = &"Karen Women's Organization")]
    pub name: Text,
    /// # City or town
    /// Where the organization is (or was) based.
    #[schemars(extend("x-form" = "I-485 Part 9, items 3 and 7 (city or town)"), example = &"Mae Sot")]
    pub city: Text,
    /// # State or province
    /// The state or province, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, items 3 and 7 (state or province)"), example = &"Tak")]
    pub region: Option<Text>,
    /// # Country
    /// The country.
    #[schemars(extend("x-form" = "I-485 Part 9, items 3 and 7 (country)"), example = &"Thailand")]
    pub country: Text,
    /// # Nature of the organization
    /// What the organization is and does, including its purposes and activities, legal or not.
    #[schemars(extend("x-form" = "I-485 Part 9, items 4 and 8"), example = &"Women's rights group running literacy classes in refugee camps")]
    pub nature: Text,
    /// # Your involvement
    /// What you did in the organization, including any role or position held.
    #[schemars(extend("x-form" = "I-485 Part 9, items 4 and 8 (nature of involvement)"), example = &"Member; taught reading classes")]
    pub involvement: Text,
    /// # From
    /// When your membership or involvement started.
    #[schemars(extend("x-form" = "I-485 Part 9, items 5 and 9 (from)"), example = &"2012-01-01")]
    pub from: Date,
    /// # To
    /// When it ended. Leave out if you are still involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, items 5 and 9 (to)"), example = &"2016-06-30")]
    pub to: Option<Date>,
}

/// Part 9 items 10-21: past immigration history (visas, admission, proceedings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485ImmigrationHistory {
    /// # Ever denied admission
    /// Have you EVER been denied admission to the United States (turned away at the border or an
    /// airport)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 10"))]
    pub denied_admission: YesNo,
    /// # Ever denied a visa
    /// Have you EVER been denied a visa to the United States by a U.S. embassy or consulate?
    #[schemars(extend("x-form" = "I-485 Part 9, item 11"))]
    pub denied_visa: YesNo,
    /// # Ever worked without authorization
    /// Have you EVER worked in the United States without permission (before you had a work permit
    /// or asylee/refugee status)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 12"))]
    pub unauthorized_work: YesNo,
    /// # Ever violated nonimmigrant status
    /// Have you EVER broken the terms of a visa status you held (for example, overstayed a visitor
    /// visa or worked on a tourist visa)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 13"))]
    pub status_violation: YesNo,
    /// # Ever in removal proceedings
    /// Are you now, or have you EVER been, in removal, exclusion, rescission or deportation
    /// proceedings, including expedited removal? Answer Yes if an Immigration Judge ever had your
    /// case (for example, if the judge granted you asylum).
    #[schemars(extend("x-form" = "I-485 Part 9, item 14"))]
    pub removal_proceedings: YesNo,
    /// # Ever ordered removed
    /// Have you EVER been issued a final order of exclusion, deportation or removal?
    #[schemars(extend("x-form" = "I-485 Part 9, item 15"))]
    pub final_order: YesNo,
    /// # Removal order ever reinstated
    /// Have you EVER had an earlier final order of exclusion, deportation or removal reinstated?
    #[schemars(extend("x-form" = "I-485 Part 9, item 16"))]
    pub order_reinstated: YesNo,
    /// # Failed to leave after voluntary departure
    /// Have you EVER been granted voluntary departure by an immigration officer or judge but not
    /// left in time?
    #[schemars(extend("x-form" = "I-485 Part 9, item 17"))]
    pub voluntary_departure_overstay: YesNo,
    /// # Ever applied for relief from removal
    /// Have you EVER applied for any kind of relief or protection from removal, exclusion or
    /// deportation (for example, asylum or withholding of removal before an Immigration Judge)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 18"))]
    pub applied_for_relief: YesNo,
    /// # J exchange visitor with two-year rule
    /// Have you EVER been a J exchange visitor who had to live in your home country for two years
    /// afterwards (the two-year foreign residence requirement)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 19"))]
    pub j_visa_two_year_rule: YesNo,
    /// # Complied with the two-year rule
    /// Only if you answered Yes to item 19: have you met the two-year foreign residence
    /// requirement?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 20"))]
    pub j_rule_complied: Option<YesNo>,
    /// # Two-year rule waived
    /// Only if you answered Yes to item 19 and No to item 20: were you granted a waiver, or did the
    /// Department of State recommend one?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 21"))]
    pub j_rule_waiver: Option<YesNo>,
}

/// Part 9 items 22-41: criminal acts and violations. Answer Yes even if the record was sealed, expunged or pardoned, and wherever it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485CriminalActs {
    /// # Ever arrested, cited, charged or detained
    /// Have you EVER been arrested, cited, charged, put in a diversion program, or detained by any
    /// police, immigration, military or similar official in any country? Detention by the
    /// persecutors you fled counts too: answer Yes and explain.
    #[schemars(extend("x-form" = "I-485 Part 9, item 22"))]
    pub arrested: YesNo,
    /// # Ever committed a crime
    /// Have you EVER committed a crime of any kind, even if you were never arrested or charged?
    #[schemars(extend("x-form" = "I-485 Part 9, item 23"))]
    pub committed_crime: YesNo,
    /// # Ever pled guilty or convicted
    /// Have you EVER pled guilty to or been convicted of a crime or offense, even if it was later
    /// expunged, sealed or pardoned?
    #[schemars(extend("x-form" = "I-485 Part 9, item 24"))]
    pub convicted: YesNo,
    /// # Ever sentenced or restrained
    /// Have you EVER been ordered punished by a judge or had conditions put on your liberty
    /// (prison, suspended sentence, house arrest, parole, probation, treatment programs, community
    /// service)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 25"))]
    pub sentenced: YesNo,
    /// # Ever violated a drug law
    /// Have you EVER violated (or tried or conspired to violate) any law about controlled
    /// substances (drugs) in any country?
    #[schemars(extend("x-form" = "I-485 Part 9, item 26"))]
    pub controlled_substance: YesNo,
    /// # Ever trafficked drugs
    /// Have you EVER trafficked in, benefited from, or helped anyone with the illegal trafficking
    /// of drugs or controlled chemicals?
    #[schemars(extend("x-form" = "I-485 Part 9, item 27"))]
    pub drug_trafficking: YesNo,
    /// # Benefit from a drug-trafficking spouse or parent
    /// Are you the spouse, son or daughter of someone who trafficked drugs, and did you get money
    /// or any other benefit from that activity in the last 5 years?
    #[schemars(extend("x-form" = "I-485 Part 9, item 28"))]
    pub drug_trafficker_relative: YesNo,
    /// # Knew the benefit came from drug trafficking
    /// Only if you answered Yes to item 28: did you know, or should you reasonably have known, that
    /// the benefit came from that activity?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 29"))]
    pub drug_benefit_knew: Option<YesNo>,
    /// # Ever engaged in prostitution
    /// Have you EVER engaged in prostitution, or are you coming to the United States to do so?
    #[schemars(extend("x-form" = "I-485 Part 9, item 30"))]
    pub prostitution: YesNo,
    /// # Ever procured persons for prostitution
    /// Have you EVER procured or tried to procure, or imported, people for prostitution?
    #[schemars(extend("x-form" = "I-485 Part 9, item 31"))]
    pub procured_prostitution: YesNo,
    /// # Ever received money from prostitution
    /// Have you EVER received any proceeds or money from prostitution?
    #[schemars(extend("x-form" = "I-485 Part 9, item 32"))]
    pub prostitution_proceeds: YesNo,
    /// # Intend illegal gambling or vice
    /// Do you intend to engage in illegal gambling or any other commercialized vice in the United
    /// States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 33"))]
    pub commercialized_vice: YesNo,
    /// # Ever used immunity to avoid prosecution
    /// Have you EVER used diplomatic or other immunity to avoid being prosecuted for a crime in the
    /// United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 34"))]
    pub immunity_exercised: YesNo,
    /// # Ever a foreign government official
    /// Have you EVER served as an official of a foreign government?
    #[schemars(extend("x-form" = "I-485 Part 9, item 35.a"))]
    pub foreign_official: YesNo,
    /// # Religious freedom violations as an official
    /// Only if you answered Yes to item 35.a: were you EVER responsible for, or did you carry out,
    /// violations of religious freedom?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 35.b"))]
    pub religious_freedom_violations: Option<YesNo>,
    /// # Ever involved in sex trafficking
    /// Have you EVER caused, by force, fraud or coercion (or otherwise been involved in), the
    /// trafficking of another person for commercial sex acts?
    #[schemars(extend("x-form" = "I-485 Part 9, item 36"))]
    pub sex_trafficking: YesNo,
    /// # Ever trafficked a person into servitude
    /// Have you EVER trafficked a person into involuntary servitude, peonage, debt bondage or
    /// slavery?
    #[schemars(extend("x-form" = "I-485 Part 9, item 37"))]
    pub labor_trafficking: YesNo,
    /// # Ever helped others traffic persons
    /// Have you EVER knowingly aided, abetted, assisted, conspired or colluded with others in
    /// trafficking in persons?
    #[schemars(extend("x-form" = "I-485 Part 9, item 38"))]
    pub aided_trafficking: YesNo,
    /// # Benefit from a trafficking spouse or parent
    /// Are you the spouse, son or daughter of someone who trafficked persons, and did you receive
    /// money or any other benefit from that activity in the last 5 years?
    #[schemars(extend("x-form" = "I-485 Part 9, item 39"))]
    pub trafficker_relative: YesNo,
    /// # Knew the benefit came from trafficking
    /// Only if you answered Yes to item 39: did you know, or should you reasonably have known, that
    /// the benefit came from that activity?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 40"))]
    pub trafficking_benefit_knew: Option<YesNo>,
    /// # Ever involved in money laundering
    /// Have you EVER engaged in, or helped others with, money laundering, or do you want to enter
    /// the United States to do so?
    #[schemars(extend("x-form" = "I-485 Part 9, item 41"))]
    pub money_laundering: YesNo,
}

/// Part 9 items 42-55: security and related grounds. Many asylees and refugees lived through war or persecution: answer truthfully and explain any Yes (for example forced service, or paying a ransom under threat) in Part 14.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Security {
    /// # Intend espionage or sabotage
    /// Do you intend to engage in any activity that violates or evades a law on espionage (spying)
    /// or sabotage in the United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 42.a"))]
    pub espionage_intent: YesNo,
    /// # Intend illegal export
    /// Do you intend to engage in any activity in the United States that violates or evades a law
    /// against exporting goods, technology or sensitive information?
    #[schemars(extend("x-form" = "I-485 Part 9, item 42.b"))]
    pub export_violation_intent: YesNo,
    /// # Intend to overthrow the government
    /// Do you intend to engage in any activity meant to oppose, control or overthrow the U.S.
    /// Government by force, violence or other unlawful means?
    #[schemars(extend("x-form" = "I-485 Part 9, item 42.c"))]
    pub overthrow_intent: YesNo,
    /// # Intend other unlawful activity
    /// Do you intend to engage in any other unlawful activity?
    #[schemars(extend("x-form" = "I-485 Part 9, item 42.d"))]
    pub other_unlawful_intent: YesNo,
    /// # Ever received weapons or military training
    /// Have you EVER received weapons training, paramilitary training or other military-type
    /// training (including forced or compulsory military service)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.a"))]
    pub military_training: YesNo,
    /// # Ever kidnapping, assassination, hijacking or sabotage
    /// Have you EVER committed kidnapping, assassination, or hijacking or sabotage of an aircraft,
    /// vessel, vehicle or train?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.b"))]
    pub kidnapping_hijacking: YesNo,
    /// # Ever used a weapon to endanger people
    /// Have you EVER used a weapon, explosive or dangerous device intending to endanger people or
    /// damage property?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.c"))]
    pub weapon_use: YesNo,
    /// # Ever threatened or planned such acts
    /// Have you EVER threatened, attempted, conspired, prepared or planned to do any of the things
    /// in items 43.b-43.c?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.d"))]
    pub threatened_or_planned: YesNo,
    /// # Ever incited such acts
    /// Have you EVER incited, intending death or serious injury, any of the activities in items
    /// 43.b-43.c?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.e"))]
    pub incited: YesNo,
    /// # Ever in a group that did such acts
    /// Have you EVER participated in, or been a member of, a group or organization that did any of
    /// the activities in items 43.b-43.e?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.f"))]
    pub group_participation: YesNo,
    /// # Ever recruited for such a group
    /// Have you EVER recruited members, or asked for money or things of value, for a group or
    /// organization that did any of the activities in items 43.b-43.e?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.g"))]
    pub recruited: YesNo,
    /// # Ever supported such activities
    /// Have you EVER provided money, things of value, services, labor or any other support for any
    /// of the activities in items 43.b-43.e? Support given under threat counts: answer Yes and
    /// explain.
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.h"))]
    pub supported_activities: YesNo,
    /// # Ever supported people or groups who did such acts
    /// Have you EVER provided money, things of value, services, labor or any other support to a
    /// person, group or organization that did any of the activities in items 43.b-43.e?
    #[schemars(extend("x-form" = "I-485 Part 9, item 43.i"))]
    pub supported_actors: YesNo,
    /// # Intend any of those activities
    /// Do you intend to engage in any of the activities in items 43.b-43.e?
    #[schemars(extend("x-form" = "I-485 Part 9, item 44"))]
    pub terrorist_activity_intent: YesNo,
    /// # Intend to endanger the United States
    /// Do you intend to engage in any activity that could endanger the welfare, safety or security
    /// of the United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 45"))]
    pub endanger_us_intent: YesNo,
    /// # Spouse or child of someone who did such acts
    /// Are you the spouse or child of someone who EVER engaged in any of the activities in items
    /// 43.b-43.i?
    #[schemars(extend("x-form" = "I-485 Part 9, item 46"))]
    pub relative_of_actor: YesNo,
    /// # Ever sold or transported weapons
    /// Have you EVER sold, provided or transported weapons, or helped anyone do so, knowing or
    /// believing they would be used against another person?
    #[schemars(extend("x-form" = "I-485 Part 9, item 47"))]
    pub weapons_transfer: YesNo,
    /// # Ever worked where people were detained
    /// Have you EVER worked, volunteered or served in a prison, jail, prison camp, detention
    /// facility, labor camp or other place where people were detained, or directed or taken part in
    /// detaining people?
    #[schemars(extend("x-form" = "I-485 Part 9, item 48"))]
    pub detention_work: YesNo,
    /// # Ever in a group that used weapons against people
    /// Have you EVER been a member of, helped, or taken part in any group, unit or organization in
    /// which you or others used or threatened to use weapons against any person?
    #[schemars(extend("x-form" = "I-485 Part 9, item 49"))]
    pub armed_group_weapon_use: YesNo,
    /// # Ever in a military or police unit
    /// Have you EVER served in, been a member of, helped, or taken part in any military or police
    /// unit (including compulsory service)? If Yes, give the country, unit, rank and dates in the
    /// explanation.
    #[schemars(extend("x-form" = "I-485 Part 9, item 50"))]
    pub military_or_police: YesNo,
    /// # Ever in an armed group
    /// Have you EVER served in, been a member of, helped, or taken part in an armed group
    /// (paramilitary, self-defense, vigilante, rebel or guerrilla group)? If Yes, give the country,
    /// group, position and dates in the explanation.
    #[schemars(extend("x-form" = "I-485 Part 9, item 51"))]
    pub armed_group: YesNo,
    /// # Ever in the Communist Party or a totalitarian party
    /// Have you EVER been a member of, or in any way affiliated with, the Communist Party or any
    /// other totalitarian party, in the United States or abroad?
    #[schemars(extend("x-form" = "I-485 Part 9, item 52"))]
    pub communist_party: YesNo,
    /// # Ever took part in torture
    /// Have you EVER ordered, incited, called for, committed, assisted or otherwise participated in
    /// torture?
    #[schemars(extend("x-form" = "I-485 Part 9, item 53.a"))]
    pub torture: YesNo,
    /// # Ever took part in genocide
    /// Have you EVER ordered, incited, called for, committed, assisted or otherwise participated in
    /// genocide?
    #[schemars(extend("x-form" = "I-485 Part 9, item 53.b"))]
    pub genocide: YesNo,
    /// # Ever took part in killing
    /// Have you EVER ordered, incited, called for, committed, assisted or otherwise participated in
    /// killing, or trying to kill, any person?
    #[schemars(extend("x-form" = "I-485 Part 9, item 53.c"))]
    pub killing: YesNo,
    /// # Ever took part in severely injuring someone
    /// Have you EVER ordered, incited, called for, committed, assisted or otherwise participated in
    /// intentionally and severely injuring, or trying to injure, any person?
    #[schemars(extend("x-form" = "I-485 Part 9, item 53.d"))]
    pub severe_injury: YesNo,
    /// # Ever recruited children under 15 for an armed force
    /// Have you EVER recruited, enlisted, conscripted or used any person under 15 to take part in
    /// hostilities or to serve in or help an armed force or group, or tried to?
    #[schemars(extend("x-form" = "I-485 Part 9, item 54"))]
    pub child_soldier_recruitment: YesNo,
    /// # Ever used children under 15 in hostilities
    /// Have you EVER used any person under 15 to take part in hostilities (combat, or support such
    /// as sabotage, carrying messages or supplies), or tried to?
    #[schemars(extend("x-form" = "I-485 Part 9, item 55"))]
    pub child_soldier_use: YesNo,
}

/// Part 9 items 67-73: removal hearings, illegal entries and other immigration violations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485ImmigrationViolations {
    /// # Ever failed to attend a removal hearing
    /// Have you EVER failed or refused to attend, or to stay at, a removal proceeding against you
    /// that started on or after April 1, 1997? If Yes, attach a written statement of the reason.
    #[schemars(extend("x-form" = "I-485 Part 9, item 67"))]
    pub missed_removal_hearing: YesNo,
    /// # Ever used false documents for an immigration benefit
    /// Have you EVER submitted altered, fraudulent or counterfeit documents to a U.S. Government
    /// official to get an immigration benefit, a visa or entry? Using a false passport only to flee
    /// persecution still counts: answer Yes and explain.
    #[schemars(extend("x-form" = "I-485 Part 9, item 68"))]
    pub fraudulent_documents: YesNo,
    /// # Ever lied to get an immigration benefit
    /// Have you EVER lied about, hidden, or misrepresented information on an application or
    /// petition to get a visa, entry documents, admission or any other immigration benefit?
    #[schemars(extend("x-form" = "I-485 Part 9, item 69"))]
    pub misrepresentation: YesNo,
    /// # Ever falsely claimed U.S. citizenship
    /// Have you EVER falsely claimed to be a U.S. citizen, in writing or in any other way?
    #[schemars(extend("x-form" = "I-485 Part 9, item 70"))]
    pub false_citizenship_claim: YesNo,
    /// # Ever a stowaway
    /// Have you EVER been a stowaway on a ship or aircraft arriving in the United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 71"))]
    pub stowaway: YesNo,
    /// # Ever helped someone enter illegally
    /// Have you EVER knowingly encouraged, induced, assisted, abetted or aided anyone to enter or
    /// try to enter the United States illegally (smuggling)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 72"))]
    pub alien_smuggling: YesNo,
    /// # Under a civil penalty order for false documents
    /// Are you under a final order of civil penalty for violating INA section 274C (use of
    /// fraudulent documents)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 73"))]
    pub civil_penalty_274c: YesNo,
}

/// Part 9 items 74-78: removal, unlawful presence, or illegal reentry after earlier immigration violations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485RemovalHistory {
    /// # Ever removed, or left under a removal order
    /// Have you EVER been excluded, deported or removed from the United States, or left on your own
    /// after being ordered excluded, deported or removed?
    #[schemars(extend("x-form" = "I-485 Part 9, item 74"))]
    pub removed: YesNo,
    /// # Ever entered without inspection
    /// Have you EVER entered the United States without being inspected and admitted or paroled (for
    /// example, crossing the border away from a port of entry)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 75"))]
    pub entered_without_inspection: YesNo,
    /// # Ever unlawfully present since April 1, 1997
    /// Since April 1, 1997, have you been in the United States after your authorized stay ended, or
    /// without being admitted or paroled? Time while an asylum application was pending usually does
    /// not count, but answer truthfully and explain.
    #[schemars(extend("x-form" = "I-485 Part 9, item 76"))]
    pub unlawful_presence: YesNo,
    /// # Trafficking a central reason for the unlawful presence
    /// Only if you answered Yes to item 76: was a severe form of trafficking in persons at least
    /// one central reason for your unlawful presence?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 77"))]
    pub trafficking_central_reason: Option<YesNo>,
    /// # Reentered illegally after over a year of unlawful presence
    /// Since April 1, 1997, have you EVER reentered or tried to reenter the United States without
    /// inspection after being unlawfully present for more than one year in total?
    #[schemars(extend("x-form" = "I-485 Part 9, item 78.a"))]
    pub reentry_after_unlawful_presence: YesNo,
    /// # Reentered illegally after removal
    /// Since April 1, 1997, have you EVER reentered or tried to reenter the United States without
    /// inspection after being deported, excluded or removed?
    #[schemars(extend("x-form" = "I-485 Part 9, item 78.b"))]
    pub reentry_after_removal: YesNo,
}

/// Part 9 items 79-86: miscellaneous conduct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct I485Miscellaneous {
    /// # Plan to practice polygamy
    /// Do you plan to practice polygamy (having more than one spouse at the same time) in the
    /// United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 79"))]
    pub polygamy: YesNo,
    /// # Accompanying a helpless inadmissible person
    /// Are you accompanying an inadmissible person who a medical officer certified as helpless from
    /// sickness, disability or infancy and who needs your protection or guardianship (INA 232(c))?
    #[schemars(extend("x-form" = "I-485 Part 9, item 80"))]
    pub accompanying_helpless_alien: YesNo,
    /// # Ever kept a U.S. citizen child from a custodian
    /// Have you EVER helped detain, keep or withhold custody of a U.S. citizen child outside the
    /// United States from a person granted custody of the child?
    #[schemars(extend("x-form" = "I-485 Part 9, item 81"))]
    pub withheld_custody: YesNo,
    /// # Ever voted unlawfully
    /// Have you EVER voted in violation of any Federal, state or local law in the United States
    /// (non-citizens may not vote in federal elections)?
    #[schemars(extend("x-form" = "I-485 Part 9, item 82"))]
    pub unlawful_voting: YesNo,
    /// # Ever renounced U.S. citizenship to avoid taxes
    /// Have you EVER renounced U.S. citizenship to avoid being taxed by the United States?
    #[schemars(extend("x-form" = "I-485 Part 9, item 83"))]
    pub renounced_citizenship_for_taxes: YesNo,
    /// # Ever applied for exemption from U.S. military service as an alien
    /// Have you EVER applied for exemption or discharge from training or service in the U.S. armed
    /// forces or the National Security Training Corps because you are an alien?
    #[schemars(extend("x-form" = "I-485 Part 9, item 84.a"))]
    pub military_exemption_applied: YesNo,
    /// # Ever discharged from U.S. military service as an alien
    /// Have you EVER been relieved or discharged from such training or service because you are an
    /// alien?
    #[schemars(extend("x-form" = "I-485 Part 9, item 84.b"))]
    pub military_discharged_as_alien: YesNo,
    /// # Ever convicted of desertion
    /// Have you EVER been convicted of desertion from the U.S. armed forces?
    #[schemars(extend("x-form" = "I-485 Part 9, item 84.c"))]
    pub desertion: YesNo,
    /// # Ever left the U.S. to avoid military service
    /// Have you EVER left or stayed outside the United States to avoid or evade U.S. military
    /// training or service in time of war or a declared national emergency?
    #[schemars(extend("x-form" = "I-485 Part 9, item 85"))]
    pub evaded_military_service: YesNo,
    /// # Status before leaving
    /// Only if you answered Yes to item 85: your nationality or immigration status just before you
    /// left (e.g. "lawful permanent resident", "nonimmigrant", "parolee").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 9, item 86"), example = &"nonimmigrant")]
    pub status_before_leaving: Option<Text>,
}
