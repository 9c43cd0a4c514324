# The I-485 screens (form-templates/i-485/01-20-25/questions.toml). Keys: i485-<screen> is the
# question (the page's heading) with .why; i485-<screen>-<field> labels a field, with .hint;
# part-i485-<n> heads a Part in the review. The eligibility-* screens (Part 9) are one question
# each, in the form's order.

i485-title = Form I-485, Application to Register Permanent Residence or Adjust Status
# Above each screen: one I-485 for each family member who applies ($n from 1; $name is that
# person's name, as the form prints it).
i485-item = Form I-485 number { $n } (one for each family member who applies)
i485-item-named = Form I-485 number { $n }: the application of { $name }. On these screens, "you" means { $name }.

part-i485-1 = Part 1: Information about you
part-i485-2 = Part 2: Application type
part-i485-4 = Part 4: Additional information about you
part-i485-5 = Part 5: Information about your parents
part-i485-6 = Part 6: Information about your marital history
part-i485-7 = Part 7: Information about your children
part-i485-8 = Part 8: Biographic information
part-i485-9 = Part 9: General eligibility and inadmissibility grounds
part-i485-11 = Part 11: Interpreter
part-i485-12 = Part 12: The person preparing this application

i485-category = How did you get protection in the United States?
    .why = An asylee or a refugee can apply for a green card one year after the grant or the arrival. This decides which rules apply.
i485-category-category = I am
i485-category-category-asylee = An asylee (I was granted asylum)
i485-category-category-refugee = A refugee (I was admitted as a refugee)
i485-category-granted = The day you were granted asylum, or admitted as a refugee
    .hint = It is on your approval letter, the judge's order, or your I-94.
i485-category-receipt = Receipt number of your asylum or refugee case, if you have one
    .hint = For example ZNY2311234567.
i485-category-cspa = Are you asking for your age to be counted under the Child Status Protection Act (CSPA)?

i485-category-persecution = The country where you were harmed or fear harm (the country of your asylum or refugee case)
    .hint = In English, for example Nepal. A trip back to that country can put your protection at risk: the review warns you about it.

i485-court = Are you filing this application with the Immigration Court, because you are in removal proceedings now?
    .why = Most asylees and refugees file with USCIS. Only a person in proceedings before an Immigration Court files there.

i485-waiver = Are you also filing Form I-602 to ask USCIS to forgive a ground of inadmissibility?
    .why = Some problems in Part 9 can be forgiven for an asylee or refugee with Form I-602. Ask a lawyer if you are not sure.

i485-filing = When will you file this application?
    .why = You may file one year after your grant or arrival. This date shows if you are ready to file.
i485-filing-date = Date
i485-filing-status = Have you already filed it?

i485-trips = Your trips outside the United States since your grant or arrival
    .why = You must have been in the United States for one year. Long trips can change that.
i485-trips-departed = Date you left
i485-trips-returned = Date you came back
i485-trips-destination = Where you went (country)
i485-trips-purpose = Why you went (in English)

i485-name = What is your name?
    .why = Write your name as it is on your asylum or refugee papers.
i485-name-family = Family name (last name)
i485-name-given = Given name (first name)
i485-name-middle = Middle name

i485-other-names = Have you used any other names?
    .why = The form asks for every other name you have used, such as a maiden name or an alias.
i485-other-names-family = Family name (last name)
i485-other-names-given = Given name (first name)
i485-other-names-middle = Middle name
i485-other-names-kind = What kind of name is it?

i485-birth = About you
    .why = Your sex, birth and nationality identify you on the form.
i485-birth-sex = Sex
i485-birth-date = Date of birth
i485-birth-city = City or town of birth
i485-birth-country = Country of birth
i485-birth-nationality = Country of citizenship or nationality

i485-ids = Your numbers
    .why = USCIS finds your case with these numbers.
i485-ids-anumber = Alien Registration Number (A-Number)
    .hint = It starts with A and has 8 or 9 digits, for example A012345678.
i485-ids-account = USCIS online account number, if you have one
i485-ids-ssn = US Social Security Number, if you have one

i485-arrival = Your last arrival in the United States
    .why = The form asks when, where and how you last came into the United States.
i485-arrival-date = Date of your last arrival
i485-arrival-city = City or port where you arrived
i485-arrival-state = State (two letters)
i485-arrival-manner = How did you come in on your last arrival?
    .why = The form asks if you were admitted, paroled or came in another way. Your I-94 or stamp shows it.
i485-arrival-manner-manner = How I came in
i485-arrival-manner-manner-admitted = I was inspected and admitted
i485-arrival-manner-manner-paroled = I was inspected and paroled
i485-arrival-manner-manner-without_admission = I came in without being admitted or paroled
i485-arrival-manner-manner-other = Another way
i485-arrival-manner-admitted-as = If admitted: admitted as (for example "Asylee" or "Refugee")
i485-arrival-manner-paroled-as = If paroled: paroled as
i485-arrival-manner-other = If another way: how
i485-arrival-first = Was this the first time you came to the United States?

i485-arrival-document = The passport or travel document you used to come in
    .why = The form asks for the passport or travel document you showed on your last arrival, only if you used one. Many refugees come in without one: then leave this page blank and continue. Your Form I-94 (next page) shows how you came in.
i485-arrival-document-kind = Kind of document
i485-arrival-document-number = Document number
i485-arrival-document-country = Country that issued it
i485-arrival-document-issued = Date it was issued
i485-arrival-document-expires = Date it expires
i485-arrival-document-visa = Visa number, if you had a visa
i485-arrival-document-visa-issued = Date the visa was issued

i485-i94 = Your Form I-94 Arrival/Departure Record
    .why = The form copies your most recent Form I-94 Arrival/Departure Record.
i485-i94-number = Form I-94 number
i485-i94-family = Family name, as on the Form I-94
i485-i94-given = Given name, as on the Form I-94
i485-i94-status = Status, as on the Form I-94 (for example AS1)
i485-i94-expires = Date the status expires, as on the Form I-94 (or D/S)

i485-status-now = Your status now
    .why = The form asks your current immigration status.
i485-status-now-status = Current status (for example "Asylee")
i485-status-now-expires = Date it expires, if it does

i485-crewman = Crew member questions
    .why = The form asks every applicant if they had a crewman visa or came in as a crew member of a ship or plane.
i485-crewman-visa = Have you ever had a crewman visa (D visa)?
i485-crewman-arrived = Did you come in as a crew member of a ship or plane?

i485-address = Where do you live now?
    .why = USCIS sends letters and your green card to this address.
i485-address-care-of = In care of (the person who gets the mail), if any
i485-address-street = Street number and name
i485-address-unit = Apartment, suite or floor
i485-address-city = City or town
i485-address-state = State (two letters)
i485-address-zip = ZIP code
i485-address-since = Date you started living at this address
i485-address-phone = Phone number
i485-address-mobile = Mobile phone number
i485-address-email = Email address

i485-residences = Where else have you lived in the last five years?
    .why = The form asks for your addresses for the last five years, with the dates.
i485-residences-care-of = In care of (the person who gets the mail), if any
i485-residences-street = Street number and name
i485-residences-unit = Apartment, suite or floor
i485-residences-city = City or town
i485-residences-state = State (two letters), in the United States
i485-residences-zip = ZIP code, in the United States
i485-residences-province = Province or region, outside the United States
i485-residences-postal = Postal code, outside the United States
i485-residences-country = Country
i485-residences-from = From
i485-residences-to = To

i485-address-abroad = Your last address outside the United States
    .why = The form asks where you last lived outside the United States for more than one year.
i485-address-abroad-street = Street number and name
i485-address-abroad-unit = Apartment, suite or floor
i485-address-abroad-city = City or town
i485-address-abroad-province = Province or region
i485-address-abroad-postal = Postal code
i485-address-abroad-country = Country
i485-address-abroad-from = From
i485-address-abroad-to = To

i485-social-security = Do you want the Social Security Administration to give you a Social Security card?
    .why = USCIS can share your information so that you get a card without a second application.
i485-social-security-consent = If yes: do you allow USCIS to share your information with the Social Security Administration for this?

i485-applied-before = Have you ever applied for permanent residence (a green card) in the United States before?
    .why = The form asks about earlier applications. Say where and when, and what happened.
i485-applied-before-explain = If yes: where, when, and what was the decision?

i485-rescinded = Have you ever had permanent residence and then lost it (rescinded)?
    .why = The form asks if a green card you had was ever taken back.
i485-rescinded-explain = If yes: when and why?

i485-activity = Do you work, or go to school?
    .why = The form asks for your current or most recent job or school.
i485-activity-kind = Now I mostly
i485-activity-kind-employer = Work, or look for work (also: unemployed or retired)
i485-activity-kind-school = Go to school

i485-employment = Your jobs and schools in the last five years
    .why = The form asks for your jobs for the last five years. Write "Unemployed" for the times with no job.
i485-employment-employer = Employer or school
i485-employment-occupation = Your job (occupation)
i485-employment-street = Street number and name
i485-employment-unit = Apartment, suite or floor
i485-employment-city = City or town
i485-employment-state = State (two letters), in the United States
i485-employment-zip = ZIP code, in the United States
i485-employment-province = Province or region, outside the United States
i485-employment-postal = Postal code, outside the United States
i485-employment-country = Country
i485-employment-from = From
i485-employment-to = To
i485-employment-support = If you had no job then (unemployed or retired): how did you support yourself? For example "Savings" or "My husband's income"

i485-work-abroad = Your last job outside the United States
    .why = The form asks for your last job abroad, even if it was many years ago.
i485-work-abroad-employer = Employer
i485-work-abroad-occupation = Your job (occupation)
i485-work-abroad-street = Street number and name
i485-work-abroad-unit = Apartment, suite or floor
i485-work-abroad-city = City or town
i485-work-abroad-province = Province or region
i485-work-abroad-postal = Postal code
i485-work-abroad-country = Country
i485-work-abroad-from = From
i485-work-abroad-to = To
i485-work-abroad-support = If you had no job then: how did you support yourself?

i485-father = Your father (or your first parent)
    .why = The form asks for both of your parents, living or not.
i485-father-family = Family name (last name)
i485-father-given = Given name (first name)
i485-father-middle = Middle name
i485-father-birth = Date of birth
i485-father-country = Country of birth
i485-father-nationality = Country of citizenship or nationality

i485-father-other-names = Has this parent used any other names?
    .why = The form asks for other names this parent has used, such as a name before marriage.
i485-father-other-names-family = Family name (last name)
i485-father-other-names-given = Given name (first name)
i485-father-other-names-middle = Middle name
i485-father-other-names-kind = What kind of name is it?

i485-mother = Your mother (or your second parent)
    .why = The form asks for both of your parents, living or not.
i485-mother-family = Family name (last name) now
i485-mother-given = Given name (first name)
i485-mother-middle = Middle name
i485-mother-birth = Date of birth
i485-mother-country = Country of birth
i485-mother-nationality = Country of citizenship or nationality

i485-mother-other-names = Has this parent used any other names?
    .why = The form asks for other names this parent has used, such as a maiden name.
i485-mother-other-names-family = Family name (last name)
i485-mother-other-names-given = Given name (first name)
i485-mother-other-names-middle = Middle name
i485-mother-other-names-kind = What kind of name is it?

i485-marital = What is your marital status?
    .why = The form asks your marital status today.
i485-marital-marital = Marital status

i485-ethnicity-race = Your ethnicity and race
    .why = The form asks every applicant this, for identity only. It does not change the decision.
i485-ethnicity-race-ethnicity = Ethnicity
i485-ethnicity-race-ethnicity-hispanic_or_latino = Hispanic or Latino
i485-ethnicity-race-ethnicity-not_hispanic_or_latino = Not Hispanic or Latino
i485-ethnicity-race-race = Race (check all that apply)
i485-ethnicity-race-race-american_indian_or_alaska_native = American Indian or Alaska Native
i485-ethnicity-race-race-asian = Asian
i485-ethnicity-race-race-black_or_african_american = Black or African American
i485-ethnicity-race-race-native_hawaiian_or_other_pacific_islander = Native Hawaiian or Other Pacific Islander
i485-ethnicity-race-race-white = White

i485-body = Your height, weight, eyes and hair
    .why = These describe you for your green card and your fingerprint appointment.
i485-body-feet = Height: feet
i485-body-inches = Height: inches
i485-body-pounds = Weight in pounds
i485-body-eyes = Eye color
i485-body-eyes-black = Black
i485-body-eyes-blue = Blue
i485-body-eyes-brown = Brown
i485-body-eyes-gray = Gray
i485-body-eyes-green = Green
i485-body-eyes-hazel = Hazel
i485-body-eyes-maroon = Maroon
i485-body-eyes-pink = Pink
i485-body-eyes-unknown = Unknown or other
i485-body-hair = Hair color
i485-body-hair-bald = Bald (no hair)
i485-body-hair-black = Black
i485-body-hair-blond = Blond
i485-body-hair-brown = Brown
i485-body-hair-gray = Gray
i485-body-hair-red = Red
i485-body-hair-sandy = Sandy
i485-body-hair-white = White
i485-body-hair-unknown = Unknown or other

i485-memberships = Have you ever been a member of, or helped, any group, club, party or organization?
    .why = The form asks about every group you have belonged to, in any country. Most groups are no problem.
i485-memberships-explain = If yes: a short note (the groups come on the next screen)

i485-organizations = The groups you belonged to
    .why = For each group the form asks its name, place, what it does, what you did, and the dates.
i485-organizations-name = Name of the group
i485-organizations-city = City or town
i485-organizations-region = State or province
i485-organizations-country = Country
i485-organizations-nature = What the group does (in English)
i485-organizations-involvement = What you did in it (in English)
i485-organizations-from = From
i485-organizations-to = To

i485-eligibility-denied-admission = Have you ever been denied admission to the United States?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-denied-admission-explain = If yes: what happened, when and where?

i485-eligibility-denied-visa = Have you ever been denied a visa to the United States?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-denied-visa-explain = If yes: what happened, when and where?

i485-eligibility-unauthorized-work = Have you ever worked in the United States without permission?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-unauthorized-work-explain = If yes: what happened, when and where?

i485-eligibility-status-violation = Have you ever broken the terms of a nonimmigrant status you had?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-status-violation-explain = If yes: what happened, when and where?

i485-eligibility-removal-proceedings = Have you ever been in removal proceedings (before an Immigration Court)?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-removal-proceedings-explain = If yes: what happened, when and where?

i485-eligibility-final-order = Have you ever received a final order of removal (deportation or exclusion)?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-final-order-explain = If yes: what happened, when and where?

i485-eligibility-order-reinstated = Has an earlier order of removal ever been reinstated against you?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-order-reinstated-explain = If yes: what happened, when and where?

i485-eligibility-voluntary-departure-overstay = Have you ever been granted voluntary departure and not left in time?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-voluntary-departure-overstay-explain = If yes: what happened, when and where?

i485-eligibility-applied-for-relief = Have you ever applied for any kind of relief from removal (for example asylum)?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-applied-for-relief-explain = If yes: what happened, when and where?

i485-eligibility-j-visa-two-year-rule = Have you ever been a J exchange visitor who had to live in your country for two years?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-j-visa-two-year-rule-explain = If yes: what happened, when and where?

i485-eligibility-arrested = Have you ever been arrested, cited, charged or detained for any reason, anywhere?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-arrested-explain = If yes: what happened, when and where?

i485-eligibility-committed-crime = Have you ever committed a crime, even if you were not arrested?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-committed-crime-explain = If yes: what happened, when and where?

i485-eligibility-convicted = Have you ever pled guilty to, or been convicted of, a crime?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-convicted-explain = If yes: what happened, when and where?

i485-eligibility-sentenced = Have you ever been sentenced, put on probation or had your freedom limited by a court?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-sentenced-explain = If yes: what happened, when and where?

i485-eligibility-controlled-substance = Have you ever broken a law about drugs (controlled substances)?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-controlled-substance-explain = If yes: what happened, when and where?

i485-eligibility-drug-trafficking = Have you ever sold drugs or helped anyone sell drugs?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-drug-trafficking-explain = If yes: what happened, when and where?

i485-eligibility-drug-trafficker-relative = Are you the spouse, son or daughter of a person who sold drugs, and did you get money from it in the last five years?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-drug-trafficker-relative-explain = If yes: what happened, when and where?

i485-eligibility-prostitution = Have you ever engaged in prostitution?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-prostitution-explain = If yes: what happened, when and where?

i485-eligibility-procured-prostitution = Have you ever brought or tried to bring people for prostitution?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-procured-prostitution-explain = If yes: what happened, when and where?

i485-eligibility-prostitution-proceeds = Have you ever received money from prostitution?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-prostitution-proceeds-explain = If yes: what happened, when and where?

i485-eligibility-commercialized-vice = Do you plan to take part in illegal gambling or another illegal vice?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-commercialized-vice-explain = If yes: what happened, when and where?

i485-eligibility-immunity-exercised = Have you ever used diplomatic immunity to avoid being prosecuted in the United States?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-immunity-exercised-explain = If yes: what happened, when and where?

i485-eligibility-foreign-official = Have you ever been an official of a foreign government?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-foreign-official-explain = If yes: what happened, when and where?

i485-eligibility-sex-trafficking = Have you ever forced or tricked anyone into sex work (sex trafficking)?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-sex-trafficking-explain = If yes: what happened, when and where?

i485-eligibility-labor-trafficking = Have you ever trafficked a person into forced work or servitude?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-labor-trafficking-explain = If yes: what happened, when and where?

i485-eligibility-aided-trafficking = Have you ever helped anyone traffic people?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-aided-trafficking-explain = If yes: what happened, when and where?

i485-eligibility-trafficker-relative = Are you the spouse, son or daughter of a trafficker, and did you get money from it in the last five years?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-trafficker-relative-explain = If yes: what happened, when and where?

i485-eligibility-money-laundering = Have you ever taken part in money laundering?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-money-laundering-explain = If yes: what happened, when and where?

i485-eligibility-espionage-intent = Do you plan to spy or commit sabotage in the United States?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-espionage-intent-explain = If yes: what happened, when and where?

i485-eligibility-export-violation-intent = Do you plan to export goods, technology or secrets from the United States illegally?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-export-violation-intent-explain = If yes: what happened, when and where?

i485-eligibility-overthrow-intent = Do you plan to overthrow the US government by force?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-overthrow-intent-explain = If yes: what happened, when and where?

i485-eligibility-other-unlawful-intent = Do you plan any other unlawful activity in the United States?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-other-unlawful-intent-explain = If yes: what happened, when and where?

i485-eligibility-military-training = Have you ever received weapons, explosives or military-type training?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-military-training-explain = If yes: what happened, when and where?

i485-eligibility-kidnapping-hijacking = Have you ever taken part in a kidnapping, assassination, hijacking or sabotage?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-kidnapping-hijacking-explain = If yes: what happened, when and where?

i485-eligibility-weapon-use = Have you ever used a weapon or explosive to harm people or damage property?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-weapon-use-explain = If yes: what happened, when and where?

i485-eligibility-threatened-or-planned = Have you ever threatened, tried, planned or prepared any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-threatened-or-planned-explain = If yes: what happened, when and where?

i485-eligibility-incited = Have you ever urged others to do any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-incited-explain = If yes: what happened, when and where?

i485-eligibility-group-participation = Have you ever been a member of, or helped, a group that did any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-group-participation-explain = If yes: what happened, when and where?

i485-eligibility-recruited = Have you ever recruited members for such a group?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-recruited-explain = If yes: what happened, when and where?

i485-eligibility-supported-activities = Have you ever given money, goods or other support for any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-supported-activities-explain = If yes: what happened, when and where?

i485-eligibility-supported-actors = Have you ever given support to a person or group that did any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-supported-actors-explain = If yes: what happened, when and where?

i485-eligibility-terrorist-activity-intent = Do you plan to do any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-terrorist-activity-intent-explain = If yes: what happened, when and where?

i485-eligibility-endanger-us-intent = Do you plan to do anything that would endanger the safety of the United States?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-endanger-us-intent-explain = If yes: what happened, when and where?

i485-eligibility-relative-of-actor = Are you the spouse or child of a person who did any of those acts?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-relative-of-actor-explain = If yes: what happened, when and where?

i485-eligibility-weapons-transfer = Have you ever sold, given or carried weapons to anyone?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-weapons-transfer-explain = If yes: what happened, when and where?

i485-eligibility-detention-work = Have you ever worked or served in a prison, jail, camp or other place where people were detained?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-detention-work-explain = If yes: what happened, when and where?

i485-eligibility-armed-group-weapon-use = Have you ever been in a group, unit or organization that used weapons against people?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-armed-group-weapon-use-explain = If yes: what happened, when and where?

i485-eligibility-military-or-police = Have you ever served in a military, police, militia or other armed unit?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-military-or-police-explain = If yes: what happened, when and where?

i485-eligibility-armed-group = Have you ever been in a rebel group, guerrilla group or other armed group?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-armed-group-explain = If yes: what happened, when and where?

i485-eligibility-communist-party = Have you ever been a member of the Communist Party or another totalitarian party?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-communist-party-explain = If yes: what happened, when and where?

i485-eligibility-torture = Have you ever taken part in torturing anyone?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-torture-explain = If yes: what happened, when and where?

i485-eligibility-genocide = Have you ever taken part in genocide?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-genocide-explain = If yes: what happened, when and where?

i485-eligibility-killing = Have you ever taken part in killing anyone?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-killing-explain = If yes: what happened, when and where?

i485-eligibility-severe-injury = Have you ever taken part in badly hurting anyone on purpose?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-severe-injury-explain = If yes: what happened, when and where?

i485-eligibility-child-soldier-recruitment = Have you ever recruited children under 15 into an armed force or group?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-child-soldier-recruitment-explain = If yes: what happened, when and where?

i485-eligibility-child-soldier-use = Have you ever used children under 15 in fighting?
    .why = USCIS asks every applicant these security questions. Answer truthfully and explain any Yes.
i485-eligibility-child-soldier-use-explain = If yes: what happened, when and where?

i485-eligibility-missed-removal-hearing = Have you ever missed a removal hearing without a good reason?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-missed-removal-hearing-explain = If yes: what happened, when and where?

i485-eligibility-fraudulent-documents = Have you ever used false documents to get an immigration benefit?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-fraudulent-documents-explain = If yes: what happened, when and where?

i485-eligibility-misrepresentation = Have you ever lied to get a visa, entry or other immigration benefit?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-misrepresentation-explain = If yes: what happened, when and where?

i485-eligibility-false-citizenship-claim = Have you ever falsely said you were a US citizen?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-false-citizenship-claim-explain = If yes: what happened, when and where?

i485-eligibility-stowaway = Have you ever come to the United States as a stowaway (hidden on a ship or plane)?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-stowaway-explain = If yes: what happened, when and where?

i485-eligibility-alien-smuggling = Have you ever helped anyone enter the United States illegally?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-alien-smuggling-explain = If yes: what happened, when and where?

i485-eligibility-civil-penalty-274c = Are you under a final order of civil penalty for using false documents?
    .why = Part 9 asks about problems with earlier immigration applications. Explain any Yes.
i485-eligibility-civil-penalty-274c-explain = If yes: what happened, when and where?

i485-eligibility-removed = Have you ever been removed or deported, or left under an order of removal?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-removed-explain = If yes: what happened, when and where?

i485-eligibility-entered-without-inspection = Have you ever entered the United States without being inspected at a port of entry?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-entered-without-inspection-explain = If yes: what happened, when and where?

i485-eligibility-unlawful-presence = Since April 1, 1997, have you ever stayed in the United States without permission?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-unlawful-presence-explain = If yes: what happened, when and where?

i485-eligibility-reentry-after-unlawful-presence = After more than one year here without permission, did you leave and come back without inspection?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-reentry-after-unlawful-presence-explain = If yes: what happened, when and where?

i485-eligibility-reentry-after-removal = After being removed, did you come back, or try to come back, without inspection?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-reentry-after-removal-explain = If yes: what happened, when and where?

i485-eligibility-polygamy = Do you plan to have more than one spouse at the same time (polygamy)?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-polygamy-explain = If yes: what happened, when and where?

i485-eligibility-accompanying-helpless-alien = Are you coming with a person who needs your protection and was refused admission?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-accompanying-helpless-alien-explain = If yes: what happened, when and where?

i485-eligibility-withheld-custody = Have you ever kept a US citizen child outside the United States from the person with legal custody?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-withheld-custody-explain = If yes: what happened, when and where?

i485-eligibility-unlawful-voting = Have you ever voted illegally in the United States?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-unlawful-voting-explain = If yes: what happened, when and where?

i485-eligibility-renounced-citizenship-for-taxes = Have you ever given up US citizenship to avoid taxes?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-renounced-citizenship-for-taxes-explain = If yes: what happened, when and where?

i485-eligibility-military-exemption-applied = Have you ever asked to be excused from US military service because you were not a citizen?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-military-exemption-applied-explain = If yes: what happened, when and where?

i485-eligibility-military-discharged-as-alien = Have you ever been discharged from US military service because you were not a citizen?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-military-discharged-as-alien-explain = If yes: what happened, when and where?

i485-eligibility-desertion = Have you ever been convicted of desertion from the US armed forces?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-desertion-explain = If yes: what happened, when and where?

i485-eligibility-evaded-military-service = Have you ever left the United States to avoid military service in wartime or emergency?
    .why = USCIS asks every applicant these last questions. Explain any Yes.
i485-eligibility-evaded-military-service-explain = If yes: what happened, when and where?

i485-eligibility-j-rule-complied = Have you lived in your country for the two years the J rule asks?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-j-rule-complied-explain = If yes: what happened, when and where?

i485-eligibility-j-rule-waiver = Were you given a waiver of the two-year rule?
    .why = Part 9 asks about your immigration history. A Yes is not always a problem: explain it.
i485-eligibility-j-rule-waiver-explain = If yes: what happened, when and where?

i485-eligibility-drug-benefit-knew = Did you know, or should you have known, that the money came from selling drugs?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-drug-benefit-knew-explain = If yes: what happened, when and where?

i485-eligibility-religious-freedom-violations = As an official, were you responsible for serious violations of religious freedom?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-religious-freedom-violations-explain = If yes: what happened, when and where?

i485-eligibility-trafficking-benefit-knew = Did you know, or should you have known, that the money came from trafficking?
    .why = USCIS asks every applicant about crimes. Answer truthfully; a lawyer can tell you what a Yes means.
i485-eligibility-trafficking-benefit-knew-explain = If yes: what happened, when and where?

i485-eligibility-trafficking-central-reason = Was being a victim of trafficking a main reason you stayed without permission?
    .why = Part 9 asks how you entered and stayed. As an asylee or refugee, some of these may be forgiven: explain any Yes.
i485-eligibility-trafficking-central-reason-explain = If yes: what happened, when and where?

i485-eligibility-status-before-leaving = What was your nationality or immigration status before you left?
    .why = The form asks this when you left the United States to avoid military service.
i485-eligibility-status-before-leaving-status = Nationality or status before you left (in English)

# ---- Issue 18: the principal, marriages, children, the interpreter and the preparer ----------

i485-principal = Did you get asylum or refugee status as the spouse or child of someone else?
    .why = If your status came through your husband, wife, mother or father (you are a "derivative"), the form asks for that person's name, date of birth and A-Number. If the grant was your own, leave everything empty and go on.
i485-principal-family = Their family name (last name)
i485-principal-given = Their given name (first name)
i485-principal-middle = Their middle name
i485-principal-birth = Their date of birth
i485-principal-anumber = Their Alien Registration Number (A-Number)
i485-principal-country = Their country of birth
i485-principal-nationality = Their nationality (citizenship)

i485-marriages = Your marriages
    .why = The form asks about your current husband or wife and about your earlier marriages. Add your current marriage first, then each earlier one. The address is only for your current spouse.
i485-marriages-family = Spouse's family name (last name)
i485-marriages-given = Spouse's given name (first name)
i485-marriages-middle = Spouse's middle name
i485-marriages-anumber = Spouse's Alien Registration Number (A-Number), if any
i485-marriages-birth = Spouse's date of birth
i485-marriages-country = Spouse's country of birth
i485-marriages-nationality = Spouse's nationality (citizenship)
i485-marriages-street = Only for your current spouse: where they live now, street number and name
i485-marriages-unit = Apartment, suite or floor
i485-marriages-city = City or town
i485-marriages-state = U.S. state (only for an address in the United States)
i485-marriages-zip = ZIP code (only for an address in the United States)
i485-marriages-province = Province or state (outside the United States)
i485-marriages-postal = Postal code (outside the United States)
i485-marriages-res-country = Country
i485-marriages-date = Date of the marriage
i485-marriages-place = Place of the marriage (city, state or province, country)
i485-marriages-ended = Only for an earlier marriage: the date it legally ended
i485-marriages-ended-by = How did it end?
i485-marriages-ended-by-divorce = Divorce
i485-marriages-ended-by-death = My spouse died
i485-marriages-ended-by-annulment = Annulment

i485-prior-spouse = About your earlier husband or wife
    .why = The form asks for your prior spouse's name, date of birth, country of birth and nationality. You gave the name with your earlier marriages; check it, and add the rest.
i485-prior-spouse-family = Prior spouse's family name (last name)
i485-prior-spouse-given = Prior spouse's given name (first name)
i485-prior-spouse-middle = Prior spouse's middle name
i485-prior-spouse-birth = Prior spouse's date of birth
i485-prior-spouse-country = Prior spouse's country of birth
i485-prior-spouse-nationality = Prior spouse's nationality (citizenship)

i485-spouse-more = More about your current spouse
    .why = The form asks whether your husband or wife serves in the U.S. armed forces and whether they are applying with you.
i485-spouse-more-military = Is your spouse a member of the U.S. armed forces or U.S. Coast Guard?
i485-spouse-more-applying = Is your spouse applying with you?
    .hint = Each person files their own Form I-485. If you answer Yes, after your application the interview asks your spouse's, and does not ask again what you have already told it about them.

i485-prior-ended = Where did your earlier marriage end?
    .why = The form asks where your earlier marriage legally ended (the place of the divorce or annulment, or where your spouse died). Leave it empty if you do not know.
i485-prior-ended-place = Place where it ended (city, state or province, country)
i485-prior-ended-other = If it ended in a way other than divorce, death or annulment: how?

i485-children = Your children
    .why = The form asks about every living child you have, whatever their age or where they live. If you have no children, leave the boxes empty and press "Save and continue".
i485-children-family = The child's family name (last name)
i485-children-given = The child's given name (first name)
i485-children-middle = The child's middle name
i485-children-anumber = The child's Alien Registration Number (A-Number), if any
i485-children-birth = The child's date of birth
i485-children-country = Country where the child was born
i485-children-nationality = The child's nationality (citizenship)
i485-children-relationship = This child is my
i485-children-relationship-biological = Biological child
i485-children-relationship-stepchild = Stepchild
i485-children-relationship-adopted = Adopted child
i485-children-applying = Is this child also applying, with a separate Form I-485?
    .hint = If you answer Yes, after your application the interview asks this child's, and does not ask again what you have already told it about them.

i485-interpreter = Did an interpreter read this application to you?
    .why = If someone read the questions to you in your language, the form asks for the interpreter's name and contact details, and they sign Part 11. If you read English well and no one did, leave everything empty and go on.
i485-interpreter-family = Interpreter's family name (last name)
i485-interpreter-given = Interpreter's given name (first name)
i485-interpreter-organization = Name of the organization, if any
i485-interpreter-street = Street number and name
i485-interpreter-unit = Apartment, suite or floor
i485-interpreter-city = City or town
i485-interpreter-state = State
i485-interpreter-zip = ZIP code
i485-interpreter-province = Province (outside the United States)
i485-interpreter-postal = Postal code (outside the United States)
i485-interpreter-country = Country
i485-interpreter-phone = Telephone number
i485-interpreter-mobile = Mobile telephone number, if any
i485-interpreter-email = Email address, if any
i485-interpreter-language = The language they read it to you in

i485-preparer = Did someone else prepare this application for you?
    .why = If a person other than you prepared the form (for example, a lawyer or a helper at a community organization), the form asks for their name and contact details, and they sign Part 12. If no one did, leave everything empty and go on.
i485-preparer-family = Preparer's family name (last name)
i485-preparer-given = Preparer's given name (first name)
i485-preparer-organization = Name of the organization, if any
i485-preparer-street = Street number and name
i485-preparer-unit = Apartment, suite or floor
i485-preparer-city = City or town
i485-preparer-state = State
i485-preparer-zip = ZIP code
i485-preparer-province = Province (outside the United States)
i485-preparer-postal = Postal code (outside the United States)
i485-preparer-country = Country
i485-preparer-phone = Telephone number
i485-preparer-mobile = Mobile telephone number, if any
i485-preparer-email = Email address, if any
i485-preparer-attorney = Is the preparer an attorney or accredited representative?
i485-preparer-bar = Bar number, if an attorney
i485-preparer-uscis = The preparer's USCIS Online Account Number, if any
i485-preparer-volag = VOLAG number, if a voluntary agency helped

i485-other-births = Have you ever used another date of birth?
    .why = The form asks for any other date of birth you have used or that appears on your documents (for example, a wrong date on a card). Add each one. If none, leave the boxes empty and press "Save and continue".
i485-other-births-date = Other date of birth

i485-other-anumbers = Have you ever had another A-Number?
    .why = The form asks for any other Alien Registration Number (A-Number) you have been given. Add each one. If none, leave the box empty and press "Save and continue".
i485-other-anumbers-anumber = Other A-Number

## Part 1 item 18: your mailing address; Part 4 items 1-4: an immigrant visa applied for abroad

i485-mailing-differs = Do you get your mail at a different address from where you live?
    .why = The form asks if the address where you live is also your mailing address (Part 1, item 18). Answer Yes only if your mail goes somewhere else; then the next screen asks for that address.
i485-mailing = Your mailing address
    .why = USCIS sends letters and your green card to this address, instead of where you live.
i485-mailing-care-of = In care of (the person who gets the mail), if any
i485-mailing-street = Street number and name, or post office box
i485-mailing-unit = Apartment, suite or floor
i485-mailing-city = City or town
i485-mailing-state = State (two letters)
i485-mailing-zip = ZIP code

i485-immigrant-visa = Have you ever applied for an immigrant visa at a U.S. embassy or consulate abroad?
    .why = The form asks if you ever applied for an immigrant visa: permanent residence asked for from outside the United States (Part 4, item 1). Answer Yes even if it was refused or you withdrew it.
i485-immigrant-visa-details = Your immigrant visa application abroad
    .why = The form asks where you applied, what was decided and when (Part 4, items 2 to 4).
i485-immigrant-visa-details-city = City of the U.S. embassy or consulate
i485-immigrant-visa-details-country = Country of the U.S. embassy or consulate
i485-immigrant-visa-details-decision = What was decided?
    .hint = For example: approved, refused, denied or withdrawn.
i485-immigrant-visa-details-date = Date of the decision
