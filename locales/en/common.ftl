# The interview's shared texts (buttons, dates, welcome, review, findings). English is the
# fallback for every other language. Whole sentences only: never build a sentence from pieces.

app-title = Asylum forms: guided interview
skip-link = Skip to the question
lang-name-en = English
lang-name-es = Español
optional = (optional)
yes = Yes
no = No
english-note = Write this answer in English: the form accepts English only.
private-note = This number is only written on your form. It never leaves this computer.

button-continue = Save and continue
button-save-close = Save and close
button-add = Add
button-remove = Remove
button-done-list = Save and continue
button-edit = Change
button-finish = Finish and close
button-make = Make my forms
button-review = Go to the review

date-day = Day
date-month = Month
date-year = Year
date-hint = For example: 27 3 2024. If you do not know the exact day, write your best estimate and say so in your statement.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

error-summary-title = There is a problem
error-required = Answer this question.
error-date = Write a real date: the day, the month and the year in numbers.
error-number = Write a number, in digits only (for example 2).
error-explain = You answered Yes. Explain your answer here.
error-list-item = Fill in the boxes marked as needed before you add this item.

why-label = Why we ask

saved-title = Your answers are saved
saved-body = You can close this window now. To continue later, run the same command again: you will start where you stopped.

screen-language = Which language do you want to use?
    .why = The questions and help will be in this language. The forms themselves are always in English, as USCIS requires.

screen-welcome = Before you start
    .why = Read this before you answer any question.
welcome-local = Everything you write stays on this computer. Nothing is sent over the internet. Your answers are saved in your case file after each page.
welcome-advice = This tool gives legal information, not legal advice. If you can, talk to a lawyer or an accredited representative before you file.
welcome-frivolous = Warning: Applicants determined to have knowingly made a frivolous application for asylum will be permanently ineligible for any benefits under the Immigration and Nationality Act.
welcome-truth = Answer truthfully. If you do not know an answer, say that you do not know (for example, write "Unknown"). Saying you do not know is better than guessing.
welcome-stop = You can stop at any time with "Save and close" and continue later. Some questions ask about harm you suffered; take a break whenever you need one.
welcome-continue = Start

screen-forms = Which forms do you want to prepare?
    .why = We only ask the questions the forms you choose need.
forms-legend = Forms
form-i589 = Form I-589, Application for Asylum and for Withholding of Removal
form-i730 = Form I-730, Refugee/Asylee Relative Petition
form-i485 = Form I-485, Application to Register Permanent Residence or Adjust Status
forms-not-yet = The questions for these forms are not ready yet. You can still prepare them in a case file:
forms-forms-arrival = When did you last arrive in the United States?
    .hint = We use this date to work out your deadline to apply for asylum.

deadline-i589 = Your deadline for Form I-589: USCIS or the Immigration Court must receive it by { $date } (one year after your last arrival). { $days ->
        [one] 1 day left.
       *[other] { $days } days left.
    }
deadline-i589-passed = The one-year deadline to apply for asylum passed on { $date }. You may still apply if an exception applies (for example, changed or extraordinary circumstances). Explain it in Part C, question 5, and talk to a lawyer if you can.

state-invalid = Your case has problems to fix before the official forms can be made.
state-incomplete = Some questions are not answered yet.
state-ready = Your answers are complete and have no errors.

list-empty = Nothing added yet.
list-added = Added:
list-add-heading = Add one
list-item = Item { $n }
list-none-hint = If you have none, leave the boxes empty and press "Save and continue".

review-title = Review your answers
review-intro = Check every answer. The answers are shown as they will be printed on the form, in English.
review-question = Question
review-answer = Answer
review-no-answer = Not answered
review-other-findings = Other things to check
review-go-make = When everything is right, make your forms.
review-masked = (hidden)
review-twice-title = People entered twice
review-twice-pair = { $name }, born { $born }, is entered twice: as one person in { $first }, and as another in { $second }. If this is one person, join them: every form then names the same person, and no answer is lost.
review-twice-differ = The two are not joined: these answers differ between them ({ $fields }). Correct the wrong one, then join them. If they are two different people, leave them as they are.
button-join = Join them into one person
review-twice-people = the answers about another person (a parent, a spouse)

make-title = Make my forms
make-intro = This makes a draft to review, a list of the documents you still need, and the official forms when your answers have no errors.
make-done = Your files are ready. They are saved in { $dir }.
make-no-blank = The official forms were not made: start the interview with --blank and the folder of the official USCIS forms to make them.
make-has-errors = The official forms were not made because your case has errors. Fix them in the review, then try again.
make-failed = The forms could not be made: { $reason }
make-file-draft = Draft for review (PDF)
make-file-checklist = Documents checklist
make-file-form = Official form (PDF)
make-open = Open
make-back = Back to the review

checklist-title = Documents to file with your forms
checklist-intro = Check each document before you file. A document in another language needs a certified English translation.
checklist-translation = Needs a certified English translation.
checklist-status-provided = you have it
checklist-status-missing = still needed
checklist-status-unavailable = cannot be obtained: bring other evidence, such as sworn statements
checklist-optional = (if you have it)

finding-schema-required = An answer is missing here.
finding-schema-type = This answer is not in the right form.
finding-schema-pattern = This answer is not written the way the form needs it.
finding-translation-missing = The English translation of this answer is missing. A translator must translate your words into English before the official form can be made.
finding-schema-enum = This answer is not one of the choices the form accepts.
finding-schema-minLength = This answer is empty.
finding-schema-minItems = At least one entry is needed here.
finding-schema-format = This answer is not written the way the form needs it.
finding-case-person-ref = A person named here is missing from the case.
finding-case-date-in-future = This date is after today.
finding-case-intended-filing-date-passed = The intended filing date has passed: the deadlines are counted to today.
finding-person-birth-before-entries = The date of birth must be before every arrival in the United States and every marriage.
finding-person-entries-most-recent-first = List the arrivals with the most recent first.
finding-form-yes-explained = You answered Yes, but the explanation in English is missing. The official form cannot be made without it.
finding-i589-one-year-deadline = About the one-year deadline to apply for asylum:
finding-i589-filed-after-arrival = The filing date is before your last arrival. Check both dates.
finding-i589-ground-claimed = Check at least one reason why you are applying (Part B, question 1).
finding-fees-for-filing-date = About the filing fee:
finding-detail = Details (in English):

part-ai = Part A.I: Information about you
part-aii = Part A.II: Information about your spouse and children
part-aiii = Part A.III: Information about your background
part-b = Part B: Information about your application
part-c = Part C: Additional information about your application
part-d = Part D: Your signature
part-e = Part E: The person who prepared the form, if not you or a close relative
part-evidence = Your documents

narrative-english = In English (this is what the form will say)
narrative-original = In your own words, in { $language }
narrative-original-hint = Write what happened in your language. Before you file, a translator who knows both languages must translate it into English and certify the translation.
narrative-english-hint = If you cannot write it in English, leave this box empty for now.

option-female = Female
option-male = Male
option-single = Single
option-married = Married
option-divorced = Divorced
option-widowed = Widowed
option-separated = Separated
option-annulled = Marriage annulled
option-intended = I have not filed it yet: this is the date I plan to file
option-filed = I already filed it on this date
option-never = No, never
option-now = Yes, I am in proceedings now
option-past = Yes, in the past, but not now
option-maiden = Maiden name
option-alias = Other name I used
option-previous = Earlier legal name
option-passport = Passport
option-travel_document = Travel document
option-national_id = National identity card
option-birth_certificate = Birth certificate
option-marriage_certificate = Marriage certificate
option-i94 = Form I-94 Arrival/Departure Record
option-declaration = Your written statement (declaration)
option-country_conditions = Reports on conditions in your country
option-police_report = Police or court record
option-medical_record = Medical record
option-photos = Photos
option-provided = I have it
option-missing = It exists, but I do not have it yet
option-unavailable = I cannot get it

evidence-documents = Which documents do you have?
    .why = Documents support what you say. The checklist will tell you which ones are still missing.
evidence-documents-document = Document
evidence-documents-status = Do you have it?
evidence-documents-language = Language the document is written in
    .hint = Leave empty if it is in English. A document in another language needs a certified English translation.

date-long = { $month } { $day }, { $year }

# The name of Arabic in itself, for the language list (locales/ar/).
lang-name-ar = العربية

# The checklist's documents have no keys here: their English is form-templates/evidence.json's
# `label` and `why`; another language translates them as `doc-<id>` and `doc-<id>-why`, one set
# for the interview, the command line and the draft.

# A link of the error summary: the question, then what is wrong with its answer.
error-summary-item = { $label }: { $message }

# Where a question is on the form, when the form numbers no item there.
review-page = page { $n }
