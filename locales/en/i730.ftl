# The I-730 screens (form-templates/i-730/01-20-25/questions.toml), asked once for each relative.
# Keys: i730-<screen> is the question (the page's heading) with .why; i730-<screen>-<field>
# labels a field, with .hint; part-i730-<n> heads a Part in the review.

i730-title = Form I-730, Refugee/Asylee Relative Petition
# Above every screen of a petition, and in the review: which relative's petition it is.
i730-item = Form I-730 number { $n } (one for each relative)

part-i730-1 = Part 1: Information about you (the petitioner)
part-i730-2 = Part 2: Information about your relative (the beneficiary)
part-i730-3 = Part 3: Filing more than two years after your grant
part-i730-6 = Part 6: Your relative's statement
part-i730-7 = Part 7: Interpreter
part-i730-8 = Part 8: The person who prepared this petition

i730-relationship = Who is this petition for?
    .why = You file one Form I-730 for each relative. This one is for one husband, wife or child.
i730-relationship-relationship = This relative is my
i730-relationship-relationship-spouse = Husband or wife (spouse)
i730-relationship-relationship-child = Unmarried child under 21
i730-relationship-child = If this is your child: what kind of child?
    .hint = Answer only for a child.
i730-relationship-child-born_in_wedlock = Born while the parents were married
i730-relationship-child-born_out_of_wedlock = Born while the parents were not married
i730-relationship-child-legitimated = Born while the parents were not married, and later legitimated
i730-relationship-child-stepchild = Stepchild (my spouse's child)
i730-relationship-child-adopted = Adopted child

i730-count = How many petitions are you filing?
    .why = The form shows the number of this petition and how many you file, so USCIS keeps your family together.
i730-count-total = How many relatives are you filing a Form I-730 for, in all?
    .hint = Write a number, for example 2. Write 1 if only this one.
i730-count-number = What number is this petition?
    .hint = 1 for the first relative, 2 for the second, and so on.

i730-filing = When will you file this petition?
    .why = You must file within two years of the day you got asylum or came in as a refugee. This date shows if you are on time.
i730-filing-date = Date
i730-filing-status = Have you already filed it?

i730-status = Your status in the United States
    .why = Only a person who got asylum or refugee status as the main applicant can file this petition.
i730-status-status = I am
i730-status-status-asylee = An asylee (I was granted asylum in the United States)
i730-status-status-refugee = A refugee (I was admitted to the United States as a refugee)
i730-status-principal = Were you the main applicant (not included in a parent's or spouse's case)?
i730-status-lpr = Have you become a permanent resident (green card) since then?
i730-status-citizen = Have you become a US citizen?
    .hint = A US citizen files Form I-130 instead.

i730-granted = Your dates
    .why = The two-year deadline counts from the day you got asylum or came in as a refugee. A child must have been under 21 on the day you applied.
i730-granted-granted = The day you were granted asylum, or admitted as a refugee
    .hint = It is on your approval letter, the judge's order, or your I-94.
i730-granted-applied = The day you applied for asylum or for refugee status

i730-asylum-place = Where were you granted asylum?
    .why = The form asks for the city and state of the asylum office or Immigration Court that granted it.
i730-asylum-place-city = City or town
i730-asylum-place-state = State (two letters, for example VA)

i730-refugee-place = Where were you approved and admitted as a refugee?
    .why = The form asks where you were approved abroad and where you came into the United States.
i730-refugee-place-approved = The day you were approved as a refugee abroad
i730-refugee-place-approved-city = City or town where you were approved
i730-refugee-place-approved-province = State or province where you were approved
i730-refugee-place-approved-country = Country where you were approved
i730-refugee-place-admitted-city = City where you came into the United States
i730-refugee-place-admitted-state = State where you came in (two letters)

i730-name = What is your name?
    .why = You are the petitioner. Write your name as it is on your asylum or refugee papers.
i730-name-family = Family name (last name)
i730-name-given = Given name (first name)
i730-name-middle = Middle name

i730-other-names = Have you used any other names?
    .why = The form asks for other names you have used, such as a maiden name or an alias.
i730-other-names-family = Family name (last name)
i730-other-names-given = Given name (first name)
i730-other-names-middle = Middle name
i730-other-names-kind = What kind of name is it?

i730-birth = About you
    .why = Your sex, birth and nationality identify you on the form.
i730-birth-sex = Sex
i730-birth-date = Date of birth
i730-birth-country = Country of birth
i730-birth-nationality = Country of citizenship or nationality

i730-ids = Your numbers
    .why = USCIS finds your asylum or refugee case with your Alien Registration Number.
i730-ids-anumber = Alien Registration Number (A-Number)
    .hint = It starts with A and has 8 or 9 digits, for example A012345678.
i730-ids-ssn = US Social Security Number, if you have one

i730-address = Where do you live?
    .why = USCIS sends letters about this petition to this address.
i730-address-street = Street number and name
i730-address-unit = Apartment, suite or floor
i730-address-city = City or town
i730-address-state = State (two letters), in the United States
i730-address-zip = ZIP code, in the United States
i730-address-province = Province or region, outside the United States
i730-address-postal = Postal code, outside the United States
i730-address-country = Country, outside the United States
i730-address-phone = Phone number
i730-address-mobile = Mobile phone number
i730-address-email = Email address

i730-marriage = Your marriage to the relative you petition for
    .why = A petition for a husband or wife needs your marriage: when and where you married.
i730-marriage-date = Date of the marriage
i730-marriage-place = Place of the marriage (city, region, country)
    .hint = For example: Keren, Anseba, Eritrea.

i730-relative-name = What is your relative's name?
    .why = Write your relative's name as it is on their passport or birth certificate.
i730-relative-name-family = Family name (last name)
i730-relative-name-given = Given name (first name)
i730-relative-name-middle = Middle name
i730-relative-name-native = Full name in their own alphabet
    .hint = For example, in Arabic or Amharic letters. Leave empty if it is the same.

i730-relative-other-names = Has your relative used any other names?
    .why = The form asks for other names your relative has used.
i730-relative-other-names-family = Family name (last name)
i730-relative-other-names-given = Given name (first name)
i730-relative-other-names-middle = Middle name
i730-relative-other-names-kind = What kind of name is it?

i730-relative-birth = About your relative
    .why = Your relative's sex, birth and nationality identify them on the form. Their marital status matters too: a son or daughter is petitioned for as a child only while unmarried.
i730-relative-birth-sex = Sex
i730-relative-birth-date = Date of birth
i730-relative-birth-city = City or town of birth
i730-relative-birth-country = Country of birth
i730-relative-birth-nationality = Country of citizenship or nationality
i730-relative-birth-marital = Marital status
i730-relative-birth-anumber = Alien Registration Number (A-Number), if they have one
i730-relative-birth-ssn = US Social Security Number, if they have one

i730-relative-where = Is your relative in the United States now?
    .why = A relative abroad gets travel papers at a US embassy or consulate. A relative here gets a decision here.
i730-relative-where-location = Where is your relative now? (city and country)
i730-relative-where-consulate = If abroad: the US embassy or consulate nearest to them (city and country)
    .hint = For example: Addis Ababa, Ethiopia.

i730-relative-address = Where does your relative live?
    .why = USCIS and the embassy contact your relative at this address.
i730-relative-address-care-of = In care of (the person who gets the mail), if any
i730-relative-address-street = Street number and name
i730-relative-address-unit = Apartment, suite or floor
i730-relative-address-city = City or town
i730-relative-address-state = State (two letters), in the United States
i730-relative-address-zip = ZIP code, in the United States
i730-relative-address-province = Province or region, outside the United States
i730-relative-address-postal = Postal code, outside the United States
i730-relative-address-country = Country, outside the United States
i730-relative-address-phone = Phone number
i730-relative-address-mobile = Mobile phone number
i730-relative-address-email = Email address

i730-relative-native = Your relative's name and address in the local language
    .why = The embassy writes to your relative in the language and alphabet of the country where they live.
i730-relative-native-family = Family name, in that language
i730-relative-native-given = Given name, in that language
i730-relative-native-middle = Middle name, in that language
i730-relative-native-care-of = In care of, in that language
i730-relative-native-street = Street and number, in that language
i730-relative-native-unit = Apartment, suite or floor, in that language
i730-relative-native-city = City or town, in that language
i730-relative-native-province = Province or region, in that language
i730-relative-native-postal = Postal code
i730-relative-native-country = Country, in that language

i730-relative-court = Has your relative ever been in Immigration Court?
    .why = The form asks if your relative is, or was, in proceedings before an Immigration Court.
i730-relative-court-court = Immigration Court proceedings
i730-relative-court-where = If yes: where? (city and state)

i730-relative-languages = Which languages does your relative speak?
    .why = The form asks your relative's native language and if they speak English well.
i730-relative-languages-native = Native language
i730-relative-languages-english = Does your relative speak English well?

i730-relative-documents = Your relative's passport and travel documents
    .why = The form asks for your relative's passport or travel document, even if it has expired.
i730-relative-documents-kind = Kind of document
i730-relative-documents-number = Document number
i730-relative-documents-country = Country that issued it
i730-relative-documents-issued = Date it was issued
i730-relative-documents-expires = Date it expires

i730-relative-entries = When did your relative come into the United States?
    .why = The form asks for your relative's arrivals in the United States.
i730-relative-entries-date = Date of arrival
i730-relative-entries-place = Place of arrival (city and state)
i730-relative-entries-status = Status on arrival (for example B-2, or "no inspection")
i730-relative-entries-i94 = Form I-94 number, if any
i730-relative-entries-expires = Date that status ended or ends

i730-late = Are you filing more than two years after you got asylum or came in as a refugee?
    .why = USCIS may accept a late petition for humanitarian reasons. If you are late, say why.
i730-late-explain = If yes: why are you filing late?

i730-relative-statement = Your relative's statement
    .why = Your relative in the United States signs Part 6. The form asks how they read the petition.
i730-relative-statement-english = Did your relative read and understand the petition in English?
    .hint = Answer No if the interpreter read it to them.
i730-relative-statement-preparer = Did your relative also ask the preparer to prepare it?

i730-representation = Does your attorney represent you beyond this petition?
    .why = Part 8 says if the attorney only prepared this petition or also represents you in the case.
i730-representation-volag = Volag number, if the attorney has one

# ---- Issue 18: adoption, the stepchild's link, the interpreter and the preparer --------------

i730-adoption = The adoption
    .why = An adopted child can follow to join you only if the adoption took place before your grant and before the child turned 16, and you had legal custody of the child and lived with them for two years. Your adoption decree shows these dates.
i730-adoption-adopted = Date of the adoption (on the adoption decree)
i730-adoption-custody = Date you got legal custody of the child
i730-adoption-residence = Date you began living with the child
i730-adoption-sibling = Was the child adopted together with a brother or sister who was under 16, by the same parents?
    .hint = A child adopted at 16 or 17 qualifies only in that case.

i730-interpreter = Did an interpreter read this petition to you?
    .why = If someone read the questions to you in your language, the form asks for the interpreter's name and contact details, and they sign Part 7. If you read English well and no one did, leave everything empty and go on.
i730-interpreter-family = Interpreter's family name (last name)
i730-interpreter-given = Interpreter's given name (first name)
i730-interpreter-organization = Name of the organization, if any
i730-interpreter-street = Street number and name
i730-interpreter-unit = Apartment, suite or floor
i730-interpreter-city = City or town
i730-interpreter-state = State
i730-interpreter-zip = ZIP code
i730-interpreter-province = Province (outside the United States)
i730-interpreter-postal = Postal code (outside the United States)
i730-interpreter-country = Country
i730-interpreter-phone = Telephone number
i730-interpreter-mobile = Mobile telephone number, if any
i730-interpreter-email = Email address, if any
i730-interpreter-language = The language they read it to you in

i730-preparer = Did someone else prepare this petition for you?
    .why = If a person other than you prepared the form (for example, a lawyer or a helper at a community organization), the form asks for their name and contact details, and they sign Part 8. If no one did, leave everything empty and go on.
i730-preparer-family = Preparer's family name (last name)
i730-preparer-given = Preparer's given name (first name)
i730-preparer-organization = Name of the organization, if any
i730-preparer-street = Street number and name
i730-preparer-unit = Apartment, suite or floor
i730-preparer-city = City or town
i730-preparer-state = State
i730-preparer-zip = ZIP code
i730-preparer-province = Province (outside the United States)
i730-preparer-postal = Postal code (outside the United States)
i730-preparer-country = Country
i730-preparer-phone = Telephone number
i730-preparer-mobile = Mobile telephone number, if any
i730-preparer-email = Email address, if any
i730-preparer-attorney = Is the preparer an attorney or accredited representative?
i730-preparer-bar = Bar number, if an attorney
i730-preparer-uscis = The preparer's USCIS Online Account Number, if any

i730-stepchild = Your marriage to the child's parent
    .why = A stepchild can follow to join you only if you married the child's mother or father before the child turned 18, and before you were granted asylum or admitted as a refugee. If you petition for your spouse too, their details are already filled in here.
i730-stepchild-parent = Is your husband or wife the child's mother or the child's father?
i730-stepchild-parent-mother = The child's mother
i730-stepchild-parent-father = The child's father
i730-stepchild-family = Your spouse's family name (last name)
i730-stepchild-given = Your spouse's given name (first name)
i730-stepchild-middle = Your spouse's middle name
i730-stepchild-birth = Your spouse's date of birth
i730-stepchild-country = Your spouse's country of birth
i730-stepchild-nationality = Your spouse's nationality (citizenship)
i730-stepchild-date = Date of your marriage
i730-stepchild-place = Place of your marriage (city, state or province, country)

i730-relative-other-languages = Does your relative speak other languages fluently?
    .why = The form asks which other languages your relative speaks well. Add each one. If none, leave the box empty and press "Save and continue".
i730-relative-other-languages-language = Language

## Part 1 item 3 and items 15-20: your mailing address and earlier marriages

i730-mailing-differs = Do you get your mail at a different address from where you live?
    .why = The form asks for a mailing address only when it is not where you live (Part 1, item 3). If you answer No, USCIS writes to you where you live.
i730-mailing = Your mailing address
    .why = USCIS sends letters about this petition to this address, instead of where you live.
i730-mailing-care-of = In care of (the person who gets the mail), if any
i730-mailing-street = Street number and name, or post office box
i730-mailing-unit = Apartment, suite or floor
i730-mailing-city = City or town
i730-mailing-state = State (two letters), in the United States
i730-mailing-zip = ZIP code, in the United States
i730-mailing-province = Province or region, outside the United States
i730-mailing-postal = Postal code, outside the United States
i730-mailing-country = Country, outside the United States

i730-prior-marriages = Were you married before? Your earlier marriages
    .why = The form asks about each marriage of yours that ended (Part 1, items 15 to 20), and for papers that show how each one ended (for example, a divorce decree or a death certificate). Add each earlier marriage with the date it ended. If you were never married before, press "Save and continue" without adding any.
i730-prior-marriages-family = Former spouse's family name (last name)
i730-prior-marriages-given = Former spouse's given name (first name)
i730-prior-marriages-middle = Former spouse's middle name
i730-prior-marriages-date = Date of that marriage
i730-prior-marriages-place = Place of that marriage (city, region, country)
    .hint = For example: Mendefera, Debub, Eritrea.
i730-prior-marriages-ended = Date the marriage ended
i730-prior-marriages-ended-by = How did it end?
i730-prior-marriages-ended-by-divorce = Divorce
i730-prior-marriages-ended-by-death = My spouse died
i730-prior-marriages-ended-by-annulment = Annulment

i730-prior-ended = Where did your earlier marriages end?
    .why = The form asks where each earlier marriage legally ended: the place of the divorce or annulment, or where your spouse died (Part 1, items 17 and 20). Add one for each earlier marriage, with the date of that marriage so it is matched to the right one. If you do not know, add nothing.
i730-prior-ended-married = Date of that marriage (when you married)
i730-prior-ended-place = Place where it ended (city, state or province, country)
    .hint = For example: Asmara, Maekel, Eritrea.

## Part 2 item 3 and items 15-20: your relative's mailing address and earlier marriages

i730-relative-mailing-differs = Does your relative get mail at a different address from where they live?
    .why = The form asks for your relative's mailing address only when it is not where they live (Part 2, item 3).
i730-relative-mailing = Your relative's mailing address
    .why = USCIS and the embassy write to your relative at this address, instead of where they live.
i730-relative-mailing-care-of = In care of (the person who gets the mail), if any
i730-relative-mailing-street = Street number and name, or post office box
i730-relative-mailing-unit = Apartment, suite or floor
i730-relative-mailing-city = City or town
i730-relative-mailing-state = State (two letters), in the United States
i730-relative-mailing-zip = ZIP code, in the United States
i730-relative-mailing-province = Province or region, outside the United States
i730-relative-mailing-postal = Postal code, outside the United States
i730-relative-mailing-country = Country, outside the United States

i730-relative-prior-marriages = Was your husband or wife married before? Their earlier marriages
    .why = The form asks about each earlier marriage of your husband or wife (Part 2, items 15 to 20), and for papers that show how each one ended (for example, a divorce decree or a death certificate). Add each one with the date it ended. If they were never married before, press "Save and continue" without adding any.
i730-relative-prior-marriages-family = Their former spouse's family name (last name)
i730-relative-prior-marriages-given = Their former spouse's given name (first name)
i730-relative-prior-marriages-middle = Their former spouse's middle name
i730-relative-prior-marriages-date = Date of that marriage
i730-relative-prior-marriages-place = Place of that marriage (city, region, country)
    .hint = For example: Mendefera, Debub, Eritrea.
i730-relative-prior-marriages-ended = Date the marriage ended
i730-relative-prior-marriages-ended-by = How did it end?
i730-relative-prior-marriages-ended-by-divorce = Divorce
i730-relative-prior-marriages-ended-by-death = The former spouse died
i730-relative-prior-marriages-ended-by-annulment = Annulment

i730-relative-prior-ended = Where did your relative's earlier marriages end?
    .why = The form asks where each earlier marriage of your husband or wife legally ended: the place of the divorce or annulment, or where the former spouse died (Part 2, items 17 and 20). Add one for each, with the date of that marriage. If you do not know, add nothing.
i730-relative-prior-ended-married = Date of that marriage (when they married)
i730-relative-prior-ended-place = Place where it ended (city, state or province, country)
    .hint = For example: Asmara, Maekel, Eritrea.
