# The I-589 screens (form-templates/i-589/01-20-25/questions.toml). Keys: i589-<screen> is the
# question (the page's heading) with .why; i589-<screen>-<field> labels a field, with .hint.

i589-title = Form I-589, Application for Asylum and for Withholding of Removal

i589-filing = When will you file your asylum application?
    .why = Your deadline and the ages of your children are counted to this date.
i589-filing-date = Date
i589-filing-status = Have you already filed it?

i589-name = What is your name?
    .why = Write your name exactly as it is on your passport or other identity document.
i589-name-family = Family name (last name)
i589-name-given = Given name (first name)
i589-name-middle = Middle name
i589-name-native = Your full name in your native alphabet
    .hint = For example, in Arabic or Amharic letters. Leave empty if it is the same.

i589-other-names = Have you used any other names?
    .why = The form asks for every name you have used, including maiden names and aliases.
i589-other-names-family = Family name (last name)
i589-other-names-given = Given name (first name)
i589-other-names-kind = What kind of name is it?

i589-birth = When and where were you born?
    .why = Your date and place of birth identify you on the form.
i589-birth-date = Date of birth
i589-birth-city = City or town of birth
i589-birth-country = Country of birth
i589-birth-sex = Sex

i589-nationality = Your nationality, ethnic group and religion
    .why = These can be part of why you fear harm. Write them as you describe yourself.
i589-nationality-nationality = Present nationality (citizenship)
i589-nationality-ethnic = Race, ethnic or tribal group
i589-nationality-religion = Religion
i589-nationality-marital = Marital status

i589-contact = Where do you live in the United States?
    .why = USCIS sends letters about your case to this address.
i589-contact-street = Street number and name
i589-contact-unit = Apartment number
i589-contact-city = City or town
i589-contact-state = State
    .hint = Two letters, for example: TX
i589-contact-zip = ZIP code
i589-contact-phone = Telephone number

i589-entry = Your last arrival in the United States
    .why = The form asks when, where and how you last came in.
i589-entry-date = Date of your last arrival
i589-entry-place = Place of arrival (city and state, or border crossing)
i589-entry-status = Your status when you arrived
    .hint = For example: parolee, B-2 visitor, or "no status" (entered without inspection).
i589-entry-left = Date you left your country
    .hint = The country you are asking asylum from.

i589-documents = Your passport and other travel documents
    .why = The form asks for the passport or travel document you have, even if it has expired.
i589-documents-kind = Kind of document
i589-documents-number = Document number
i589-documents-country = Country that issued it
i589-documents-expires = Expiration date

i589-languages = Which languages do you speak?
    .why = If you need an interpreter at your interview, this tells USCIS which language.
i589-languages-native = Your native language
i589-languages-english = Do you speak English fluently?

i589-ids = Immigration Court and your numbers
    .why = The form asks whether you have ever been in Immigration Court, and for your numbers if you have them.
i589-ids-court = Have you ever been in Immigration Court proceedings?
i589-ids-anumber = Alien Registration Number (A-Number), if you have one
    .hint = It starts with A and has 8 or 9 digits, for example A012345678.
i589-ids-ssn = U.S. Social Security Number, if you have one

i589-last-address = Your last address before you came to the United States
    .why = The form asks for your last address before coming here, and your last address in the country you fear, if different.
i589-last-address-street = Street number and name
i589-last-address-city = City or town
i589-last-address-province = Department, province or state
i589-last-address-country = Country
i589-last-address-from = From (date)
i589-last-address-to = To (date)

i589-residences = Where have you lived in the last five years?
    .why = The form asks for every address of the last five years, starting with the one where you live now.
i589-residences-street = Street number and name
i589-residences-city = City or town
i589-residences-state = U.S. state (only for an address in the United States)
i589-residences-zip = ZIP code (only for an address in the United States)
i589-residences-province = Department, province or state (outside the United States)
i589-residences-country = Country (outside the United States)
i589-residences-from = From (date)
i589-residences-to = To (date)
    .hint = Leave empty if you still live there.

i589-education = Which schools have you attended?
    .why = The form asks for each school you attended, starting with the most recent.
i589-education-name = Name of the school
i589-education-kind = Type of school
    .hint = For example: primary school, high school, university, trade school.
i589-education-location = Location (city and country)
i589-education-from = From (date)
i589-education-to = To (date)

i589-employment = Where have you worked in the last five years?
    .why = The form asks for each job of the last five years, starting with the most recent.
i589-employment-employer = Name of the employer
    .hint = If you did not work, write "Unemployed".
i589-employment-occupation = Your occupation
i589-employment-street = Street of the employer
i589-employment-city = City of the employer
i589-employment-country = Country of the employer
i589-employment-from = From (date)
i589-employment-to = To (date)
    .hint = Leave empty if you still work there.

i589-mother = Your mother
    .why = The form asks about your parents: their names, where they were born and where they are now.
i589-mother-family = Her family name (last name)
i589-mother-given = Her given name (first name)
i589-mother-birth = Her date of birth
i589-mother-city = City or town where she was born
i589-mother-country = Country where she was born
i589-mother-nationality = Her nationality
i589-mother-inus = Is she in the United States now?
i589-mother-location = Where does she live now? (city and country)
    .hint = Leave empty if she has died.

i589-persecution-country = Which country were you harmed in, or do you fear going back to?
    .why = Usually the country of your nationality; if you have none, the country where you last lived. The form does not print it, but it lets this tool warn you before a trip back there, which can end your protection.
i589-persecution-country-country = Country
    .hint = In English, for example Ethiopia.

i589-grounds = Why are you applying for asylum?
    .why = Check every reason that applies. Asylum is for people who fear harm because of one or more of these reasons.
i589-grounds-race = Race
i589-grounds-religion = Religion
i589-grounds-nationality = Nationality
i589-grounds-political = Political opinion
i589-grounds-social = Membership in a particular social group
i589-grounds-torture = Torture Convention
i589-grounds-cat = Do you also want to apply for withholding of removal under the Convention Against Torture?

i589-past-harm = Have you, your family, or close friends or colleagues ever experienced harm or mistreatment or threats in the past by anyone?
    .why = This is the center of your application. Write what happened in detail.
i589-past-harm-explain = If yes: what happened, when, who caused the harm or threats, and why do you believe it happened?

i589-fear-of-harm = Do you fear harm or mistreatment if you return to your home country?
    .why = Asylum protects people who fear harm if they go back.
i589-fear-of-harm-explain = If yes: what harm do you fear, who would harm you, and why?

i589-arrested = Have you or your family members ever been accused, charged, arrested, detained, interrogated, convicted and sentenced, or imprisoned in any country other than the United States?
    .why = This includes arrests for breaking immigration laws.
i589-arrested-explain = If yes: what happened, and why?

i589-organizations = Have you or your family members ever belonged to or been associated with any organizations or groups in your home country?
    .why = For example: a political party, student group, labor union, religious organization, military or paramilitary group, ethnic group, human rights group, or the press or media.
i589-organizations-explain = If yes: for each person, the level of participation, any leadership or other positions held, and for how long.

i589-organizations-now = Do you or your family members continue to participate in any way in these organizations or groups?
    .why = The form asks about participation now as well as in the past.
i589-organizations-now-explain = If yes: the level of participation now, any positions held, and for how long.

i589-torture = Are you afraid of being subjected to torture in your home country or any other country to which you may be returned?
    .why = Torture means severe pain or suffering caused on purpose by, or with the consent of, a public official.
i589-torture-explain = If yes: why are you afraid, what kind of torture, by whom, and why?

i589-prior-applications = Have you, your spouse, your children, your parents or your siblings ever applied to the U.S. Government for refugee status, asylum, or withholding of removal?
    .why = The form asks about earlier applications by you and your close family.
i589-prior-applications-explain = If yes: who applied, the decision, and what happened to any status received.

i589-other-countries = Other countries on your way
    .why = The form asks about the countries you passed through or lived in after you left.
i589-other-countries-travelled = After leaving the country you are asking asylum from, did you or your spouse or children who are now in the United States travel through or live in any other country before entering the United States?
i589-other-countries-status = Have you, your spouse, your children, or other family members (such as your parents or siblings) ever applied for or received any lawful status in any country other than the one you are asking asylum from?
i589-other-countries-explain = If you answered Yes to either question: for each person, each country and how long you stayed, your status there, why you left, whether you can go back to live there, and whether you applied for refugee status or asylum there (and if not, why not).

i589-harmed-others = Have you, your spouse or your children ever ordered, incited, assisted or otherwise participated in causing harm or suffering to any person because of his or her race, religion, nationality, membership in a particular social group or belief in a particular political opinion?
    .why = The form asks every applicant this question.
i589-harmed-others-explain = If yes: describe each incident and your part in it.

i589-returned = After you left the country where you were harmed or fear harm, did you return to that country?
    .why = The form asks about any return trip.
i589-returned-explain = If yes: the dates of each trip, why you went, and how long you stayed.

i589-one-year = Are you filing this application more than one year after your last arrival in the United States?
    .why = You must usually apply within one year of your last arrival. There are exceptions for changed or extraordinary circumstances.
i589-one-year-explain = If yes: explain why you did not file within the first year.

i589-crimes = Have you or any family member included in this application ever committed any crime, or been arrested, charged, convicted or sentenced for any crime in the United States?
    .why = This includes arrests for breaking immigration laws.
i589-crimes-explain = If yes: for each case, what happened, the dates, how long, and what the result was.

i589-legal-services = Were you given a list of people who may help you with your asylum claim at little or no cost?
    .why = The form asks this when you sign it.
i589-legal-services-received = Were you given the list?

i589-nationality-at-birth = Nationality at birth, if different
i589-mailing = Your mailing address, if it is different
    .why = If letters should go to another address (for example, in care of a friend or a legal aid office), write it here. Leave it empty if letters can come to where you live.
i589-mailing-care-of = In care of (name)
i589-mailing-street = Street number and name
i589-mailing-unit = Apartment number
i589-mailing-city = City or town
i589-mailing-state = State
i589-mailing-zip = ZIP code
i589-entry-expires = Date your status expires, if it does
i589-entry-i94 = Form I-94 Arrival/Departure Record number, if you have one
i589-ids-uscis = USCIS Online Account Number, if you have one
i589-mother-native = Her full name in her native alphabet
i589-mother-deceased = She has died
i589-father = Your father
    .why = The form asks about your parents. If you do not know something about your father, leave it empty and go on.
i589-father-family = His family name (last name)
i589-father-given = His given name (first name)
i589-father-birth = His date of birth
i589-father-city = City or town where he was born
i589-father-country = Country where he was born
i589-father-nationality = His nationality
i589-father-native = His full name in his native alphabet
i589-father-deceased = He has died
i589-father-inus = Is he in the United States now?
i589-father-location = Where does he live now? (city and country)

i589-spouse = Your spouse
    .why = The form asks about your husband or wife, even if they are not in the United States and even if you do not include them in your application.
i589-spouse-family = Family name (last name)
i589-spouse-given = Given name (first name)
i589-spouse-middle = Middle name
i589-spouse-birth = Date of birth
i589-spouse-city = City or town of birth
i589-spouse-country = Country of birth
i589-spouse-nationality = Nationality (citizenship)
i589-spouse-ethnic = Race, ethnic or tribal group
i589-spouse-sex = Sex
i589-spouse-married = Date of your marriage
i589-spouse-place = Place of your marriage (city and country)

i589-spouse-status = Where your spouse is now
    .why = A spouse can be included in your application only if they are in the United States.
i589-spouse-status-inus = Is your spouse in the United States now?
i589-spouse-status-location = If not: where is your spouse now? (city and country)
i589-spouse-status-include = Do you want to include your spouse in this application?
    .hint = Only a spouse who is in the United States can be included.
i589-spouse-status-court = Has your spouse ever been in Immigration Court proceedings?
i589-spouse-status-anumber = Your spouse's Alien Registration Number (A-Number), if any
i589-spouse-status-ssn = Your spouse's U.S. Social Security Number, if any
i589-spouse-status-entry-date = Date of your spouse's last arrival in the United States
i589-spouse-status-entry-place = Place of that arrival
i589-spouse-status-entry-status = Your spouse's status when they arrived
i589-spouse-status-i94 = Your spouse's I-94 number, if any
i589-spouse-status-status = Your spouse's current status
    .hint = Leave it empty if your spouse has no status in the United States.
i589-spouse-status-expires = Date your spouse's status expires, if it does

i589-preparer = Did someone else prepare this application for you?
    .why = If a person other than you, your spouse, a parent or a child prepared the form (for example, a lawyer or a helper at a community organization), the form asks for their name and address, and they sign Part E. If no one did, leave everything empty and go on.
i589-preparer-family = Preparer's family name (last name)
i589-preparer-given = Preparer's given name (first name)
i589-preparer-organization = Name of the organization, if any
i589-preparer-street = Street number and name
i589-preparer-unit = Suite or apartment number
i589-preparer-city = City or town
i589-preparer-state = State
i589-preparer-zip = ZIP code
i589-preparer-phone = Telephone number
i589-preparer-attorney = Is the preparer an attorney or accredited representative?
i589-preparer-bar = Bar number, if an attorney
i589-preparer-uscis = The preparer's USCIS Online Account Number, if any

# ---- Issue 18: children, siblings, the spouse's other names and documents, Part D helpers ----

i589-spouse-other-names = Has your spouse used any other names?
    .why = The form asks for your spouse's maiden name and other names they have used. If none, leave the boxes empty and go on.
i589-spouse-other-names-family = Family name (last name)
i589-spouse-other-names-given = Given name (first name)
i589-spouse-other-names-kind = What kind of name is it?

i589-spouse-documents = Your spouse's passport or identity documents
    .why = The form asks for your spouse's passport or identity card number. If your spouse has none, leave the boxes empty and go on.
i589-spouse-documents-kind = Kind of document
i589-spouse-documents-number = Document number
i589-spouse-documents-country = Country that issued it
i589-spouse-documents-expires = Date it expires

i589-children = Your children
    .why = The form asks about every child you have, whatever their age, where they live and whether they are married. A child who is unmarried, under 21 and in the United States can be included in your application. If you have no children, leave the boxes empty and press "Save and continue".
i589-children-family = The child's family name (last name)
i589-children-given = The child's given name (first name)
i589-children-middle = The child's middle name
i589-children-birth = The child's date of birth
i589-children-city = City or town where the child was born
i589-children-country = Country where the child was born
i589-children-nationality = The child's nationality (citizenship)
i589-children-ethnic = The child's race, ethnic or tribal group
i589-children-sex = Sex
i589-children-marital = The child's marital status
i589-children-anumber = The child's Alien Registration Number (A-Number), if any
i589-children-ssn = The child's U.S. Social Security Number, if any
i589-children-doc-number = The child's passport or identity card number, if any
i589-children-doc-kind = Kind of document
    .hint = Only if you wrote a document number.
i589-children-doc-country = Country that issued the document
    .hint = Only if you wrote a document number.
i589-children-inus = Is this child in the United States now?
i589-children-location = If not: where does the child live now? (city and country)
i589-children-entry-place = Only for a child in the United States: place of the child's last arrival
i589-children-entry-date = Date of that arrival
    .hint = Only for a child in the United States.
i589-children-i94 = The child's I-94 number, if any
i589-children-entry-status = The child's status when they arrived (for example, B-2 visitor)
    .hint = Only for a child in the United States.
i589-children-status = The child's current status
    .hint = Leave it empty if the child has no status in the United States.
i589-children-status-asylee = Asylee
i589-children-status-refugee = Refugee
i589-children-status-parolee = Parolee
i589-children-status-lawful_permanent_resident = Lawful permanent resident
i589-children-status-nonimmigrant = Nonimmigrant (visitor, student, worker)
i589-children-status-entered_without_inspection = Entered without inspection (no status)
i589-children-status-temporary_protected_status = Temporary Protected Status
i589-children-status-other = Other
i589-children-status-detail = For a nonimmigrant: the visa class (for example, B-2). For "Other": the status in words.
i589-children-expires = Date the child's authorized stay expires, if it does
i589-children-court = Has this child ever been in Immigration Court proceedings?
    .hint = Only for a child in the United States.
i589-children-include = If this child is in the United States: do you want to include this child in your application?
    .hint = Only an unmarried child under 21 who is in the United States can be included. For a child who is not in the United States this is not asked.
i589-children-include-abroad = Not included: only a child who is in the United States can be included in your application (8 CFR 208.3(a); Form I-589, Part A.II, item 21).

i589-siblings = Your brothers and sisters
    .why = The form asks for the name, birthplace and current location of each brother and sister. If you have none, leave the boxes empty and press "Save and continue".
i589-siblings-family = Family name (last name)
i589-siblings-given = Given name (first name)
i589-siblings-middle = Middle name
i589-siblings-birth = Date of birth
i589-siblings-city = City or town of birth
i589-siblings-country = Country of birth
i589-siblings-nationality = Nationality (citizenship)
i589-siblings-sex = Sex
i589-siblings-deceased = This person has died
i589-siblings-inus = Is this person in the United States now?
i589-siblings-location = Where does this person live now? (city and country)

i589-family-assisted = Did your spouse, a parent or a child help you fill in this application?
    .why = The form asks, when you sign it, whether a family member helped you. Add each one who helped. If no one did, leave the boxes empty and press "Save and continue".
i589-family-assisted-name = Full name of the family member
i589-family-assisted-relationship = How this person is related to you (for example, spouse, mother, son)

# The spouse's current status (Part A.II item 20) is one of the statuses the case file knows.
i589-spouse-status-status-asylee = Asylee
i589-spouse-status-status-refugee = Refugee
i589-spouse-status-status-parolee = Parolee
i589-spouse-status-status-lawful_permanent_resident = Lawful permanent resident
i589-spouse-status-status-nonimmigrant = Nonimmigrant (visitor, student, worker)
i589-spouse-status-status-entered_without_inspection = Entered without inspection (no status)
i589-spouse-status-status-temporary_protected_status = Temporary Protected Status
i589-spouse-status-status-other = Other
i589-spouse-status-status-detail = For a nonimmigrant: the visa class (for example, B-2). For "Other": the status in words.

i589-other-languages = Do you speak other languages fluently?
    .why = The form asks which other languages you speak well. Add each one. If none, leave the box empty and press "Save and continue".
i589-other-languages-language = Language
