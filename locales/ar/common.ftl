# PARTIAL ARABIC TRANSLATION — a first draft that a professional translator must review before use
# (see README.md in this folder). Plain words only; legal terms keep the form's English in brackets.
# Messages absent from this file are shown in English (the interview's fallback).

app-title = نماذج اللجوء: أسئلة خطوة بخطوة
skip-link = انتقل إلى السؤال
lang-name-ar = العربية
optional = (اختياري)
yes = نعم
no = لا
english-note = اكتب هذه الإجابة باللغة الإنجليزية: النموذج يقبل اللغة الإنجليزية فقط.
private-note = هذا الرقم يُكتب في نموذجك فقط، ولا يخرج أبدًا من هذا الحاسوب.

button-continue = احفظ وتابع
button-save-close = احفظ وأغلق
button-add = أضف
button-remove = احذف
button-done-list = احفظ وتابع
button-edit = غيّر
button-finish = أنهِ وأغلق
button-make = أعِدّ نماذجي
button-review = اذهب إلى المراجعة

date-day = اليوم
date-month = الشهر
date-year = السنة
date-hint = مثال: 27 3 2024. إذا كنت لا تعرف اليوم بالضبط، فاكتب أقرب تقدير لديك واذكر ذلك في إفادتك المكتوبة.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

error-summary-title = توجد مشكلة
error-required = أجب عن هذا السؤال.
error-date = اكتب تاريخًا صحيحًا: اليوم والشهر والسنة بالأرقام.
error-number = اكتب رقمًا، بالأرقام فقط (مثلًا 2).
error-explain = أجبت بـ«نعم». اشرح إجابتك هنا.
error-list-item = املأ الخانات المطلوبة قبل أن تضيف هذا البند.

why-label = لماذا نسأل

saved-title = حُفظت إجاباتك
saved-body = يمكنك إغلاق هذه النافذة الآن. للمتابعة لاحقًا، شغّل الأمر نفسه مرة أخرى: ستبدأ من حيث توقفت.

screen-language = أي لغة تريد أن تستخدم؟
    .why = ستكون الأسئلة والمساعدة بهذه اللغة. أما النماذج نفسها فهي دائمًا باللغة الإنجليزية، كما تطلب USCIS.

screen-welcome = قبل أن تبدأ
    .why = اقرأ هذا قبل أن تجيب عن أي سؤال.
welcome-local = كل ما تكتبه يبقى على هذا الحاسوب. لا يُرسَل أي شيء عبر الإنترنت. تُحفظ إجاباتك في ملف قضيتك بعد كل صفحة.
welcome-advice = هذه الأداة تقدّم معلومات قانونية، وليست نصيحة قانونية. إن استطعت، تحدّث مع محامٍ أو ممثل معتمد قبل أن تقدّم طلبك.
# The statutory warning (INA 208(d)(6)) in plain words, with the form's English term: a translator must review it.
welcome-frivolous = تحذير: من يتبيّن أنه قدّم عن علمٍ طلب لجوء «عبثيًا» (frivolous application) يُحرَم بصفة دائمة من أي مزايا بموجب قانون الهجرة والجنسية (Immigration and Nationality Act).
welcome-truth = أجب بصدق. إذا كنت لا تعرف الإجابة، فقل إنك لا تعرف (مثلًا، اكتب "Unknown"). أن تقول إنك لا تعرف أفضل من أن تخمّن.
welcome-stop = يمكنك التوقف في أي وقت بزر «احفظ وأغلق» والمتابعة لاحقًا. بعض الأسئلة تسأل عن أذى تعرّضت له؛ خذ استراحة كلما احتجت إليها.
welcome-continue = ابدأ

screen-forms = أي النماذج تريد أن تُعِدّ؟
    .why = نسألك فقط الأسئلة التي تحتاجها النماذج التي تختارها.
forms-legend = النماذج
form-i589 = النموذج I-589، طلب اللجوء ووقف الترحيل (Application for Asylum and for Withholding of Removal)
form-i730 = النموذج I-730، التماس لقريب لاجئ أو حاصل على اللجوء (Refugee/Asylee Relative Petition)
form-i485 = النموذج I-485، طلب تسجيل الإقامة الدائمة أو تعديل الوضع (Application to Register Permanent Residence or Adjust Status)
forms-not-yet = أسئلة هذه النماذج ليست جاهزة بعد. ما زال بإمكانك إعدادها في ملف القضية:
forms-forms-arrival = متى وصلت إلى الولايات المتحدة آخر مرة؟
    .hint = نستخدم هذا التاريخ لحساب آخر موعد لك لتقديم طلب اللجوء.

deadline-i589 = آخر موعد للنموذج I-589: يجب أن يصل إلى USCIS أو إلى محكمة الهجرة قبل { $date } (بعد سنة من آخر وصول لك). { $days ->
        [one] بقي يوم واحد.
        [two] بقي يومان.
        [few] بقيت { $days } أيام.
       *[other] بقي { $days } يومًا.
    }
deadline-i589-passed = انتهت مهلة السنة الواحدة لتقديم طلب اللجوء في { $date }. قد يظل بإمكانك التقديم إذا انطبق استثناء (مثلًا، تغيّر الظروف أو ظروف استثنائية). اشرح ذلك في الجزء C، السؤال 5، وتحدّث مع محامٍ إن استطعت.

state-invalid = في قضيتك مشكلات يجب إصلاحها قبل إعداد النماذج الرسمية.
state-incomplete = بعض الأسئلة لم تُجَب بعد.
state-ready = إجاباتك كاملة وليس فيها أخطاء.

list-empty = لم يُضَف شيء بعد.
list-added = ما أُضيف:
list-add-heading = أضف واحدًا
list-item = البند { $n }
list-none-hint = إذا لم يكن لديك شيء، فاترك الخانات فارغة واضغط «احفظ وتابع».

review-title = راجع إجاباتك
review-intro = تحقّق من كل إجابة. تظهر الإجابات كما ستُطبع في النموذج، باللغة الإنجليزية.
review-question = السؤال
review-answer = الإجابة
review-no-answer = لم تُجَب
review-other-findings = أمور أخرى يجب التحقق منها
review-go-make = عندما يكون كل شيء صحيحًا، أعِدّ نماذجك.
review-masked = (مخفي)

make-title = أعِدّ نماذجي
make-intro = هذا يُعِدّ مسودة للمراجعة، وقائمة بالمستندات التي ما زلت تحتاجها، والنماذج الرسمية عندما لا يكون في إجاباتك أخطاء.
make-done = ملفاتك جاهزة. إنها محفوظة في { $dir }.
make-no-blank = لم تُعَدّ النماذج الرسمية: ابدأ المقابلة مع --blank ومجلد نماذج USCIS الرسمية لإعدادها.
make-has-errors = لم تُعَدّ النماذج الرسمية لأن في قضيتك أخطاء. أصلحها في المراجعة، ثم حاول مرة أخرى.
make-failed = تعذّر إعداد النماذج: { $reason }
make-file-draft = مسودة للمراجعة (PDF)
make-file-checklist = قائمة المستندات
make-file-form = النموذج الرسمي (PDF)
make-open = افتح
make-back = عُد إلى المراجعة

checklist-title = المستندات التي تُقدَّم مع نماذجك
checklist-intro = تحقّق من كل مستند قبل التقديم. المستند المكتوب بلغة أخرى يحتاج إلى ترجمة إنجليزية معتمدة.
checklist-translation = يحتاج إلى ترجمة إنجليزية معتمدة.
checklist-status-provided = موجود لديك
checklist-status-missing = ما زال مطلوبًا
checklist-status-unavailable = لا يمكن الحصول عليه: قدّم أدلة أخرى، مثل إفادات مكتوبة تحت القسم
checklist-optional = (إن كان لديك)

finding-detail = التفاصيل (بالإنجليزية):

part-ai = الجزء A.I: معلومات عنك
part-aii = الجزء A.II: معلومات عن زوجك أو زوجتك وأطفالك
part-aiii = الجزء A.III: معلومات عن خلفيتك
part-b = الجزء B: معلومات عن طلبك
part-c = الجزء C: معلومات إضافية عن طلبك
part-d = الجزء D: توقيعك
part-e = الجزء E: الشخص الذي أعدّ النموذج، إن لم يكن أنت أو قريبًا مباشرًا
part-evidence = مستنداتك

narrative-english = بالإنجليزية (هذا ما سيقوله النموذج)
narrative-original = بكلماتك أنت، باللغة { $language }
narrative-original-hint = اكتب ما حدث بلغتك. قبل التقديم، يجب أن يترجمه إلى الإنجليزية مترجمٌ يعرف اللغتين وأن يشهد بصحة الترجمة.
narrative-english-hint = إذا كنت لا تستطيع كتابته بالإنجليزية، فاترك هذه الخانة فارغة الآن.

option-female = أنثى
option-male = ذكر
option-single = أعزب أو عزباء
option-married = متزوج أو متزوجة
option-divorced = مطلّق أو مطلّقة
option-widowed = أرمل أو أرملة
option-separated = منفصل أو منفصلة
option-never = لا، أبدًا
option-passport = جواز سفر
option-national_id = بطاقة هوية وطنية
option-birth_certificate = شهادة ميلاد
option-marriage_certificate = عقد زواج
option-medical_record = سجل طبي
option-photos = صور
option-provided = لديّ
option-missing = موجود، لكنه ليس لديّ بعد
option-unavailable = لا أستطيع الحصول عليه

evidence-documents = ما المستندات التي لديك؟
    .why = المستندات تدعم ما تقوله. ستخبرك القائمة بالمستندات التي ما زالت ناقصة.
evidence-documents-document = المستند
evidence-documents-status = هل هو لديك؟
evidence-documents-language = اللغة المكتوب بها المستند
    .hint = اتركها فارغة إذا كان بالإنجليزية. المستند المكتوب بلغة أخرى يحتاج إلى ترجمة إنجليزية معتمدة.

date-long = { $day } { $month } { $year }

# The documents checklist (doc-<id>, as in locales/es/: the interview, the command line and the
# draft share them; the English is form-templates/evidence.json's), in plain words; the form's
# English term in brackets where a legal term matters. NEEDS REVIEW by a professional translator like the rest of this file.
doc-i589-identity = جواز سفر، أو وثيقة سفر أخرى، أو وثيقة هوية
doc-i589-i94 = النموذج I-94، سجل الوصول والمغادرة (Arrival/Departure Record)
doc-i589-declaration = إفادتك المكتوبة (declaration) التي تدعم طلبك
doc-i589-country-conditions = تقارير عن الأوضاع العامة في البلد الذي تخاف العودة إليه
doc-i589-spouse-identity = جواز سفر زوجك أو زوجتك، أو وثيقة سفره أو وثيقة هويته
doc-i589-spouse-i94 = النموذج I-94 لزوجك أو زوجتك
doc-i589-marriage = عقد الزواج أو شهادة الزواج
doc-i589-prior-marriages = ما يثبت انتهاء كل زواج سابق (حكم الطلاق، أو شهادة الوفاة، أو حكم بطلان الزواج)
doc-i589-child-birth = شهادة ميلاد الطفل
doc-i589-child-identity = جواز سفر الطفل، أو وثيقة سفره أو وثيقة هويته
doc-i589-child-i94 = النموذج I-94 للطفل
doc-i589-photo-court = صورة واحدة لك بمقاس صورة جواز السفر
doc-i589-photo-court-family = صورة واحدة بمقاس صورة جواز السفر لفرد العائلة المشمول في طلبك
doc-i589-photo = صورة واحدة لك بمقاس صورة جواز السفر (تحقّق مما إذا كانت USCIS ما زالت تطلبها)
doc-i589-photo-family = صورة واحدة بمقاس صورة جواز السفر لفرد العائلة المشمول (تحقّق مما إذا كانت USCIS ما زالت تطلبها)
doc-i589-copies-court = النموذج I-589 الأصلي موقّعًا، والنسخ التي تطلبها التعليمات
doc-i589-copy-family-court = نسخة إضافية من نموذجك I-589 المكتمل لفرد العائلة المشمول
doc-i589-copy-family = نسخة إضافية من نموذجك I-589 المكتمل لفرد العائلة المشمول (تحقّق مما إذا كانت USCIS ما زالت تطلبها)
doc-i589-g28 = النموذج G-28 (أمام USCIS) أو النموذج EOIR-28 (أمام محكمة الهجرة)، موقّعًا منك ومن محاميك أو ممثلك المعتمد
doc-i589-court-filing = قدّم طلبك إلى محكمة الهجرة التي تنظر في قضيتك (وليس إلى USCIS)
doc-i589-dhs-service = ما يثبت أنك سلّمت نسخة من طلبك إلى DHS (مكتب المستشار القانوني الرئيسي في ICE)
doc-i589-parole = وثيقة الإذن بالدخول المؤقت (parole): النموذج I-94 الذي يبيّن ذلك، أو إشعار الإذن

# A link of the error summary: the question, then what is wrong with its answer.
error-summary-item = { $label }: { $message }

# Where a question is on the form, when the form numbers no item there.
review-page = الصفحة { $n }
