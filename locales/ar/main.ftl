# نصوص واجهة Fieldcourse: العربية.

app-title = Fieldcourse

## المكتبة
library-heading = دوراتك
library-loading = جارٍ البحث عن الدورات…
library-opening = جارٍ الفتح…
library-count = { $count ->
    [zero] لا توجد دورات
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورةً
   *[other] { $count } دورة
}
library-empty-title = لا توجد دورات بعد
library-empty-body = اطلب دورة من المدرّب، ثم ضع مجلدها في { $folder } واضغط «تحديث».
library-reload = تحديث
library-folders = تُقرأ الدورات من هذه المجلدات:

## بطاقة الدورة
course-by = الناشر: { $publisher }
course-languages = اللغات: { $languages }
# بين عناصر قائمة مكتوبة داخل السطر، مثل لغات الدورة.
list-separator = {"، "}
course-modules = { $count ->
    [zero] لا وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدةً
   *[other] { $count } وحدة
}
course-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
length-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
length-hours = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}
length-hours-minutes = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
} و{ $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
course-broken-badge = تحتاج إلى إصلاح
course-broken-summary = { $count ->
    [zero] لم تُذكر مشكلة تمنع فتح هذه الدورة، لكنها لا تُفتح. اطلب من مؤلفها فحصها:
    [one] هناك مشكلة واحدة تمنع فتح هذه الدورة. اطلب من مؤلفها أن يصلحها:
    [two] هناك مشكلتان تمنعان فتح هذه الدورة. اطلب من مؤلفها أن يصلحهما:
    [few] هناك { $count } مشكلات تمنع فتح هذه الدورة. اطلب من مؤلفها أن يصلحها:
    [many] هناك { $count } مشكلةً تمنع فتح هذه الدورة. اطلب من مؤلفها أن يصلحها:
   *[other] هناك { $count } مشكلة تمنع فتح هذه الدورة. اطلب من مؤلفها أن يصلحها:
}
course-warnings = { $count ->
    [zero] لا اقتراحات للمؤلف
    [one] اقتراح واحد للمؤلف
    [two] اقتراحان للمؤلف
    [few] { $count } اقتراحات للمؤلف
    [many] { $count } اقتراحًا للمؤلف
   *[other] { $count } اقتراح للمؤلف
}

## مشكلات الدورة
problem-error = مشكلة
problem-warning = اقتراح
problem-where = { $file }، السطر { $line }، العمود { $column }
problem-fix = ما العمل: { $hint }
diagnostic-io = تعذّرت قراءة هذا الملف.
diagnostic-too-large = هذا الملف أكبر مما يقبله Fieldcourse (64 ميغابايت).
diagnostic-not-a-course = لا يحتوي هذا المجلد على course.json.
diagnostic-syntax = هذا الملف ليس JSON صالحًا: فاصلة أو علامة تنصيص أو قوس خاطئ أو ناقص.
diagnostic-type = قيمة هنا من نوع خاطئ (نص في مكان رقم مثلًا).
diagnostic-unknown-field = هذا الحقل ليس جزءًا من صيغة الدورات.
diagnostic-missing-field = ينقص هنا حقل مطلوب.
diagnostic-invalid-value = هذه القيمة غير مسموح بها هنا.
diagnostic-newer-format = تحتاج هذه الدورة إلى إصدار أحدث من Fieldcourse.
diagnostic-duplicate-id = هذا المعرّف مستخدم مرتين في الدورة.
diagnostic-malformed-id = لا يحتوي المعرّف إلا على حروف لاتينية صغيرة وأرقام وشرطات.
diagnostic-empty-text = عنوان أو نص لا يجوز أن يكون فارغًا جاء فارغًا.
diagnostic-answer-key = إجابة هذا السؤال لا تناسب نوعه.
diagnostic-unused-field = هذا الحقل موضوع في مكان لا أثر له فيه.
diagnostic-quiz-settings = أحد إعدادات الاختبار لا يمكن أن يعمل كما هو (عدد الأسئلة المسحوبة أكبر مما في الاختبار مثلًا).
diagnostic-asset = ملف تستخدمه الدورة مفقود أو يقع خارج مجلد الدورة.
diagnostic-missing-alt = صورة بلا وصف للمتعلّمين الذين لا يرونها.
diagnostic-translation = ترجمة لا تطابق الدورة التي تترجمها.
diagnostic-untranslated = أجزاء من الترجمة لم تُترجم بعد، فيراها المتعلمون بلغة الدورة الأصلية.
diagnostic-completion = قاعدة الإتمام تذكر درسًا أو اختبارًا ليس في الدورة.
diagnostic-empty-lesson = هذا الدرس بلا محتوى.
diagnostic-no-explanations = لا يشرح أي سؤال في هذا الاختبار إجابته.
diagnostic-longest-option = في معظم الأسئلة يكون الخيار الصحيح هو الأطول، فيمكن تخمينه.
diagnostic-lopsided-true-false = معظم عبارات الصواب والخطأ في هذا الاختبار لها الإجابة نفسها.
diagnostic-all-none-of-the-above = أحد الخيارات هو «كل ما سبق» أو «لا شيء مما سبق».
diagnostic-absolute-words = كلمات مثل «دائمًا» و«أبدًا» تأتي غالبًا في الخيارات الخاطئة، فيمكن التخمين بها.
diagnostic-near-duplicate = سؤالان متشابهان تقريبًا.
diagnostic-answer-position = الخيارات غير مخلوطة والصحيح منها دائمًا في المكان نفسه.
problem-field = الموضع في الملف: { $pointer }
problem-place = الموضع في الملف: { $place } ({ $pointer })
place-module = الوحدة { $number }
place-lesson = الدرس { $number }
place-block = الفقرة { $number }
place-quiz = الاختبار
place-final-assessment = التقييم النهائي
place-question = السؤال { $number }
place-option = الخيار { $number }
place-pair = الزوج { $number }
place-item = العنصر { $number }
place-distractor = الخيار المضلِّل { $number }
place-accepted-answer = الإجابة المقبولة { $number }
place-partial-answer = الإجابة ذات الدرجة الجزئية { $number }
problems-show-all = عرض كل المشكلات ({ $count })
problems-show-fewer = عرض أقل

## Certificate
certificate-heading = شهادة إتمام
certificate-presented-to = تُمنح هذه الشهادة إلى
certificate-has-completed = لإتمام الدورة التدريبية بنجاح
certificate-version = الإصدار { $version }
certificate-score = النتيجة النهائية { $score }
certificate-percent = { $value }٪
certificate-decimal-mark = .
certificate-completed-on = تاريخ الإتمام: { $date }
certificate-valid-until = صالحة حتى { $date }
certificate-published-by = الجهة الناشرة للدورة: { $publisher }
certificate-code = رمز التحقق
certificate-verify-hint = للتحقق دون اتصال: fieldcourse verify FILE.pdf
certificate-verify-scan = للتحقق منها، امسح الرمز أو افتح هذه الصفحة:
certificate-device-key = موقّعة بالمفتاح الخاص بهذا الجهاز، لا بمفتاح { $organisation }
certificate-criteria = إتمام جميع الدروس المطلوبة واجتياز جميع الاختبارات المطلوبة.
certificate-date = { $day } { $month } { $year }
certificate-month-1 = يناير
certificate-month-2 = فبراير
certificate-month-3 = مارس
certificate-month-4 = أبريل
certificate-month-5 = مايو
certificate-month-6 = يونيو
certificate-month-7 = يوليو
certificate-month-8 = أغسطس
certificate-month-9 = سبتمبر
certificate-month-10 = أكتوبر
certificate-month-11 = نوفمبر
certificate-month-12 = ديسمبر

## نظرة عامة على الدورة
course-start = ابدأ الدورة
course-module-heading = الوحدة { $number }: { $title }
course-quiz-line = { $title }: { $count ->
    [zero] بلا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
} في كل محاولة، ودرجة النجاح { $percent }٪.
course-quiz-attempts = { $count ->
    [zero] لا محاولات.
    [one] محاولة واحدة.
    [two] محاولتان.
    [few] { $count } محاولات.
    [many] { $count } محاولةً.
   *[other] { $count } محاولة.
}
course-certificate = يحصل من يُتمّ الدورة على شهادة من { $organisation }.
nav-library = المكتبة
nav-course = نظرة عامة على الدورة

## قراءة الدرس
lesson-hide-outline = إخفاء المخطط
lesson-show-outline = إظهار المخطط
lesson-empty = لا يحتوي هذا الدرس على محتوى بعد.
lesson-progress = الدرس { $number } من { $count }
lesson-picture-missing = تعذّر عرض هذه الصورة ({ $reason }). وهي تُظهر: { $alt }
lesson-picture-reading = جارٍ تحميل الصورة…
lesson-case-study = دراسة حالة
lesson-reflection = للتأمل
lesson-previous = الدرس السابق
lesson-next = الدرس التالي
lesson-finish = العودة إلى الدورة
lesson-to-quiz = الانتقال إلى الاختبار
lesson-outline-quiz = اختبار: { $title }
callout-note = ملاحظة
callout-tip = نصيحة
callout-warning = تنبيه
callout-key-points = نقاط أساسية

## Course overview: progress
course-continue = متابعة
course-review = مراجعة الدورة
course-continue-where = تابع من حيث توقفت
course-completed = اكتملت الدورة
course-lessons-done = { $done ->
    [zero] لم تُنهِ أي درس بعد من أصل { $total }
    [one] أنهيت درسًا واحدًا من أصل { $total }
    [two] أنهيت درسين من أصل { $total }
    [few] أنهيت { $done } دروس من أصل { $total }
    [many] أنهيت { $done } درسًا من أصل { $total }
   *[other] أنهيت { $done } درس من أصل { $total }
}
course-lesson-done = مقروء
course-lesson-todo = للقراءة
course-quiz-take = ابدأ الاختبار
course-quiz-resume = تابع محاولتك
course-quiz-retake = أعد الاختبار
course-quiz-passed = نجحت بنسبة { $percent }٪.
course-quiz-out-of-attempts = لم تبق محاولات. أفضل نتيجة لك { $percent }٪. اطلب من مدربك محاولة أخرى إن احتجت إليها.
course-quiz-best = أفضل نتيجة حتى الآن { $percent }٪. { $left ->
    [-1] يمكنك المحاولة مجددًا.
    [0] لم تبق محاولات.
    [one] بقيت محاولة واحدة.
    [two] بقيت محاولتان.
    [few] بقيت { $left } محاولات.
    [many] بقيت { $left } محاولةً.
   *[other] بقيت { $left } محاولة.
}
course-certificate-ready = أنجزت كل شيء: شهادتك جاهزة.
course-certificate-needs = ما بقي للحصول على الشهادة:
course-certificate-lessons-left = { $count ->
    [zero] لا دروس للقراءة.
    [one] درس واحد للقراءة.
    [two] درسان للقراءة.
    [few] { $count } دروس للقراءة.
    [many] { $count } درسًا للقراءة.
   *[other] { $count } درس للقراءة.
}
course-certificate-quiz-left = النجاح في «{ $title }».
nav-back = رجوع
nav-settings = الإعدادات

## Who is learning?
learners-heading = من يتعلم الآن؟
learners-intro = اختر اسمك لتتابع من حيث توقفت. يُحفظ تقدم كل متعلم على حدة.
learners-add = + إضافة متعلم
learners-add-heading = إضافة متعلم
learners-add-intro = يُحفظ تقدمك ونتائج اختباراتك وشهاداتك على هذا الحاسوب باسمك.
learners-name = اسمك
learners-certificate-name = الاسم على الشهادات (إن كان مختلفًا)
learners-new-pin = رمز سري (اختياري)
learners-pin-hint = رمز من 4 إلى 32 حرفًا يمنع غيرك ممن يستخدمون هذا الحاسوب من فتح تقدمك. اتركه فارغًا إن كان الحاسوب لك وحدك.
learners-create = ابدأ التعلم
learners-cancel = إلغاء
learners-has-pin = محمي برمز سري
learners-pin-heading = أدخل رمزك السري يا { $name }
learners-pin-placeholder = الرمز السري
learners-open = فتح
learners-name-needed = اكتب اسمًا أولًا.
learners-wrong-pin = هذا الرمز غير صحيح. حاول مرة أخرى أو اطلب من مدربك إعادة تعيينه.
pin-checking = جارٍ التحقق من الرمز…
pin-saving = جارٍ حفظ الرمز…
library-switch-learner = تبديل المتعلم ({ $name })
library-open-failed = تعذّر فتح هذه الدورة: { $problem }

## Lesson reader: notes and saving
lesson-note-placeholder = اكتب أفكارك هنا. لا يراها أحد غيرك.
lesson-note-private = ملاحظتك خاصة ومحفوظة على هذا الحاسوب.
lesson-note-saving = جارٍ الحفظ…

## Settings
settings-heading = الإعدادات
settings-language = اللغة
settings-theme = الألوان
settings-text-size = حجم النص
settings-percent = { $percent }٪
settings-names = الأسماء
settings-certificate-name-hint = تُظهر الشهادات هذا الاسم كما كتبته تمامًا. اتركه فارغًا لاستخدام اسمك.
settings-save-names = حفظ الأسماء
settings-names-saved = تم الحفظ.
theme-light = فاتح
theme-dark = داكن
theme-high-contrast = تباين عالٍ

## Keyboard shortcuts (F1)
shortcuts-heading = اختصارات لوحة المفاتيح
shortcuts-close = اضغط F1 أو Escape لإغلاق هذه القائمة.
keys-f1 = F1
keys-tab = Tab، Shift+Tab
keys-enter = Enter
keys-escape = Escape
keys-arrows-side = السهم الأيمن، السهم الأيسر
keys-arrows-updown = السهم الأعلى، السهم الأسفل
keys-page = Page Up، Page Down، المسافة
keys-home-end = Home، End
keys-digits = من 1 إلى 9
keys-space = المسافة
keys-list = Alt+السهم السفلي
keys-zoom = Ctrl+زائد، Ctrl+ناقص
keys-reload = F5
shortcut-help = إظهار هذه القائمة أو إخفاؤها
shortcut-focus = نقل التركيز إلى العنصر التالي أو السابق
shortcut-activate = تأكيد: فتح، التحقق من الإجابة، المتابعة
shortcut-back = الرجوع شاشة واحدة
shortcut-lessons = الدرس السابق أو التالي (السهم الأيمن للسابق)
shortcut-scroll = تمرير قليلًا
shortcut-page = تمرير شاشة كاملة
shortcut-ends = الانتقال إلى الأعلى أو الأسفل
shortcut-answer = اختيار الإجابة من 1 إلى 9 في الاختبار
shortcut-toggle = الضغط على الزر المحدد أو تحديد الإجابة المحددة
shortcut-list = فتح القائمة المحددة (أعلى، أسفل، ثم Enter)
shortcut-zoom = تكبير النص أو تصغيره
shortcut-reload = إعادة قراءة مجلدات الدورات

## Progress file problems
store-failed-heading = تعذّر فتح ملف تقدمك
store-failed-help = لم يتغير شيء. أغلق نسخ Fieldcourse الأخرى ثم شغّله من جديد. إن تكرر ذلك فأعطِ مدربك المجلد { $folder }: فيه ملف التقدم ونسخه الاحتياطية اليومية التي يستطيع مدربك استعادتها.
course-not-translated = لا تتوفر لهذه الدورة ترجمة بلغتك بعد، لذلك تُعرض بلغتها الأصلية: { $language }.
course-partly-translated = بعض أجزاء هذه الدورة لم تُترجم بعد، فتُعرض بلغتها الأصلية: { $language }.

## شاشة الشهادة
course-see-certificate = شهادتك
cert-screen-title = شهادتك
cert-issued-now = أحسنت: لقد أتممت الدورة. شهادتك جاهزة.
cert-none = هذه الدورة لا تمنح شهادة.
cert-failed = تعذّر إعداد الشهادة: { $error }
completion-not-saved = عملك محفوظ، لكن تعذّر تسجيل إتمامك للدورة: { $problem } ستُعاد المحاولة في كل مرة تفتح فيها الدورة.
cert-save-pdf = حفظ ملف PDF
cert-open-to-print = فتح للطباعة
cert-save-where = سيُحفظ ملف PDF في هذا المجلد:
cert-saving = جارٍ الحفظ…
cert-saved = تم الحفظ. شهادتك هنا:
cert-saved-json = وثيقة الاعتماد الرقمية بجانبها:
cert-save-failed = تعذّر حفظ ملف PDF: { $error }
cert-opening = جارٍ فتح ملف PDF…
cert-opened = ملف PDF مفتوح في عارض PDF لديك: اطبعه من هناك.
cert-no-viewer = لم يُعثر على برنامج لعرض ملفات PDF على هذا الحاسوب. انسخ الشهادة المحفوظة إلى حاسوب متصل بطابعة:
cert-not-yet-title = لم تكتمل بعد
cert-not-yet-body = تصدر شهادتك فور إتمامك ما هو مذكور أدناه.
cert-lessons-left = { $count ->
    [zero] لا دروس متبقية
    [one] درس واحد متبقٍّ
    [two] درسان متبقيان
    [few] { $count } دروس متبقية
    [many] { $count } درسًا متبقيًا
   *[other] { $count } درس متبقٍّ
}
cert-quizzes-left = { $count ->
    [zero] لا اختبارات يجب اجتيازها
    [one] اختبار واحد يجب اجتيازه
    [two] اختباران يجب اجتيازهما
    [few] { $count } اختبارات يجب اجتيازها
    [many] { $count } اختبارًا يجب اجتيازها
   *[other] { $count } اختبار يجب اجتيازها
}

## مساحة المدرّب
trainer-open = مساحة المدرّب
trainer-title = مساحة المدرّب
trainer-tab-import = استيراد دورة
trainer-tab-learners = المتعلّمون
trainer-tab-report = التقرير
trainer-tab-register = الشهادات
trainer-read-failed = تعذّرت قراءة ملف التقدّم: { $error }
trainer-import-heading = استيراد دورة
trainer-import-body = اكتب مسار حزمة الدورة (‎.fcourse) أو مجلد الدورة أو ملف course.json الخاص بها. تُفحص الدورة أولًا ولا تُثبَّت إلا إذا خلت من المشكلات.
trainer-import-placeholder = /media/usb/my-course
trainer-import = استيراد
trainer-import-no-path = اكتب مسار مجلد الدورة أولًا.
trainer-import-checking = جارٍ فحص الدورة ونسخها…
trainer-import-done = ثُبّتت «{ $title }»، الإصدار { $version }. يجدها المتعلّمون الآن في المكتبة.
trainer-import-refused = { $count ->
    [zero] لم تُثبَّت: في الدورة ما يجب إصلاحه أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
    [one] لم تُثبَّت: يجب إصلاح مشكلة واحدة أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
    [two] لم تُثبَّت: يجب إصلاح مشكلتين أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
    [few] لم تُثبَّت: يجب إصلاح { $count } مشكلات أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
    [many] لم تُثبَّت: يجب إصلاح { $count } مشكلةً أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
   *[other] لم تُثبَّت: يجب إصلاح { $count } مشكلة أولًا. سلّم هذه القائمة إلى مؤلف الدورة:
}
trainer-import-failed = تعذّر تثبيت الدورة: { $error }
package-incomplete = الملف { $file } ليس حزمة Fieldcourse كاملة. ربما انقطع أثناء النسخ: انسخه مرة أخرى من الأصل واستورد النسخة الجديدة.
package-not-zip = الملف { $file } ليس حزمة Fieldcourse. اختر ملف ‎.fcourse نفسه، أو مجلد دورة.
package-unsupported = الملف { $file } يستخدم ميزة zip لا يقرؤها Fieldcourse (تشفير أو ضغط غير معتاد). اطلب إعادة إنشاء الحزمة باستخدام Fieldcourse.
trainer-learners-heading = { $count ->
    [zero] لا يوجد متعلّمون على هذا الحاسوب
    [one] متعلّم واحد على هذا الحاسوب
    [two] متعلّمان على هذا الحاسوب
    [few] { $count } متعلّمين على هذا الحاسوب
    [many] { $count } متعلّمًا على هذا الحاسوب
   *[other] { $count } متعلّم على هذا الحاسوب
}
trainer-no-learners = لا متعلّمين بعد. يظهر المتعلّمون هنا بعد إضافة أسمائهم.
trainer-learner-not-started = لم يبدأ أي دورة بعد.
trainer-progress-lessons = الدروس: { $done } من { $total }
trainer-progress-quizzes = الاختبارات المجتازة: { $passed } من { $total }
trainer-progress-completed = مكتملة
trainer-progress-certified = صدرت الشهادة
trainer-report-heading = تقرير التقدّم
trainer-report-body = ملف جدول بيانات (CSV) فيه سطر لكل متعلّم ودورة: الدروس المنجزة ونتائج الاختبارات والإتمام والشهادة.
trainer-export-csv = تصدير تقرير CSV
trainer-export-where = سيُحفظ التقرير في هذا المجلد:
trainer-export-writing = جارٍ كتابة التقرير…
trainer-export-done = حُفظ التقرير هنا:
trainer-export-failed = تعذّر حفظ التقرير: { $error }
trainer-register-heading = { $count ->
    [zero] لم تصدر أي شهادة على هذا الحاسوب
    [one] شهادة واحدة صدرت على هذا الحاسوب
    [two] شهادتان صدرتا على هذا الحاسوب
    [few] { $count } شهادات صدرت على هذا الحاسوب
    [many] { $count } شهادةً صدرت على هذا الحاسوب
   *[other] { $count } شهادة صدرت على هذا الحاسوب
}
trainer-no-certificates = لم تصدر أي شهادة بعد.
trainer-register-learner = المتعلّم
trainer-register-course = الدورة
trainer-register-date = التاريخ
trainer-register-code = الرمز

## مشغّل الاختبار
quiz-open-failed = تعذّر فتح هذا الاختبار: { $reason }
quiz-progress = السؤال { $number } من { $count }
quiz-hint-single = اختر إجابة واحدة (أو اضغط رقمها).
quiz-hint-multiple = اختر كل الإجابات الصحيحة (أو اضغط أرقامها).
quiz-hint-true-false = هل العبارة صحيحة أم خاطئة؟ (اضغط 1 لصحيحة، و2 لخاطئة.)
quiz-hint-matching = صِل كل عنصر بما يناسبه من القائمة المجاورة له.
quiz-hint-ordering = رتّب العناصر بزرّي «أعلى» و«أسفل».
quiz-hint-short = اكتب إجابتك ثم اضغط Enter.
quiz-hint-numeric = اكتب عددًا ثم اضغط Enter.
quiz-true = صحيح
quiz-false = خطأ
quiz-choose = اختر…
quiz-move-up = أعلى
quiz-move-down = أسفل
quiz-type-answer = إجابتك
quiz-type-number = عدد، مثل 12 أو 3.5
quiz-check = تحقّق
quiz-next = السؤال التالي
quiz-previous = السؤال السابق
quiz-submit = أرسل الإجابات
quiz-correct = إجابة صحيحة
quiz-partly = صحيحة جزئيًا
quiz-partly-share = صحيحة جزئيًا: { $percent }٪ من النقاط
quiz-incorrect = ليست تمامًا
quiz-right-answer = الإجابة الصحيحة: { $answer }
quiz-why = السبب: { $explanation }
quiz-not-answered = (بلا إجابة)
quiz-not-saved = تعذّر حفظ إجابتك، لذلك ما زالت ظاهرة على الشاشة. حاول مرة أخرى بعد لحظة؛ وإن تكرّر الخطأ فأخبر المدرّب. السبب: { $reason }
quiz-not-submitted = تعذّر إرسال إجاباتك. إجاباتك محفوظة: حاول مرة أخرى بعد لحظة، أو عُد لاحقًا لإرسالها. السبب: { $reason }
quiz-not-a-number = هذا ليس عددًا يستطيع الاختبار قراءته. اكتب أرقامًا، مثل 12 أو 3.5.
quiz-course-changed = تغيّر هذا السؤال منذ بدء المحاولة ولا يمكن تصحيحه. أخبر المدرّب. السبب: { $reason }
quiz-unanswered = { $count ->
    [one] السؤال { $numbers } بلا إجابة بعد، وستكون درجته صفرًا إن أرسلت الآن.
    [two] السؤالان { $numbers } بلا إجابة بعد، وستكون درجتهما صفرًا إن أرسلت الآن.
   *[other] الأسئلة { $numbers } بلا إجابة بعد، وستكون درجتها صفرًا إن أرسلت الآن.
}
quiz-keep-answering = تابع الإجابة
quiz-submit-anyway = أرسل على أي حال

## نتائج الاختبار
quiz-results-title = النتائج: { $title }
quiz-score = درجتك: { $percent }٪
quiz-points = { $points ->
    [zero] لا نقاط من أصل { $max }
    [one] نقطة واحدة من أصل { $max }
    [two] نقطتان من أصل { $max }
    [few] { $points } نقاط من أصل { $max }
    [many] { $points } نقطةً من أصل { $max }
   *[other] { $points } نقطة من أصل { $max }
}
quiz-pass-mark = درجة النجاح: { $percent }٪
quiz-passed = ناجح
quiz-not-passed = لم تنجح بعد
quiz-attempts-left = { $count ->
    [zero] لم تبقَ أي محاولة.
    [one] بقيت محاولة واحدة.
    [two] بقيت محاولتان.
    [few] بقيت { $count } محاولات.
    [many] بقيت { $count } محاولةً.
   *[other] بقيت { $count } محاولة.
}
quiz-try-again = حاول مرة أخرى
quiz-back-to-course = العودة إلى الدورة
quiz-not-started = تعذّر بدء محاولة جديدة: { $reason }
quiz-review = المراجعة
quiz-question-number = السؤال { $number }
quiz-your-answer = إجابتك: { $answer }
quiz-review-hidden = لا يعرض هذا الاختبار إلا الدرجة، دون الإجابات.
quiz-number-tolerance = { $value } (بفارق { $tolerance } زيادة أو نقصانًا)
quiz-number-range = أي عدد من { $min } إلى { $max }
quiz-partial-answers = إجابات تنال جزءًا من النقاط أيضًا: { $answers }
quiz-match-pair = { $left } ← { $right }
quiz-out-of-attempts = استنفدت كل المحاولات المتاحة لهذا الاختبار
quiz-attempts-used = { $count ->
    [zero] لم تُجرِ أي محاولة.
    [one] أجريت محاولة واحدة.
    [two] أجريت محاولتين.
    [few] أجريت { $count } محاولات.
    [many] أجريت { $count } محاولةً.
   *[other] أجريت { $count } محاولة.
}
quiz-best-score = أفضل درجة لك: { $percent }٪
quiz-out-of-attempts-passed = لقد نجحت، فلا حاجة إلى شيء آخر هنا. راجع الدروس متى شئت.
quiz-out-of-attempts-help = لتحاول مرة أخرى، اطلب من المدرّب محاولات إضافية. وفي الأثناء، راجع دروس الوحدة.
course-quiz-open-locked = فتح الاختبار

## Trainer PIN
trainer-tab-pin = رمز المدرب
trainer-pin-is-set = رمز المدرب مُعيَّن: تطلبه مساحة المدرب قبل أن تُفتح.
trainer-pin-not-set = لا يوجد رمز للمدرب: يمكن لأي مستخدم لهذا الحاسوب فتح مساحة المدرب. عيّن رمزًا إن كان الحاسوب مشتركًا.
trainer-pin-new = رمز جديد (من 4 إلى 32 حرفًا)
trainer-pin-save = تعيين الرمز
trainer-pin-remove = إزالة الرمز
trainer-pin-saved = تم تعيين رمز المدرب.
trainer-pin-removed = تمت إزالة رمز المدرب: مساحة المدرب مفتوحة على هذا الحاسوب.
trainer-pin-heading = مساحة المدرب
trainer-pin-intro = أدخل رمز المدرب. فهو يجعل نتائج المتعلمين وتثبيت الدورات حكرًا على المدربين.
trainer-pin-wrong = هذا ليس رمز المدرب. حاول مرة أخرى.

## Importing: older versions and dropped files
trainer-import-drop = يمكنك أيضًا إفلات حزمة أو مجلد دورة أو ملف course.json الخاص بها على هذه النافذة.
trainer-import-older = الإصدار { $installed } من { $id } مثبّت، وهذا هو الإصدار الأقدم { $offered }.
trainer-import-older-body = يحتفظ المتعلمون بتقدّمهم في الدروس والاختبارات المشتركة بين الإصدارين. لا تثبّت الإصدار الأقدم إلا إذا كنت تريد الرجوع إليه فعلًا.
trainer-import-keep = الإبقاء على الإصدار المثبّت
trainer-import-install-older = تثبيت الإصدار الأقدم
trainer-import-replaced = يحلّ محل الإصدار { $version }: { $added ->
    [zero] لم يُضَف أي درس أو اختبار
    [one] أُضيف درس أو اختبار واحد
    [two] أُضيف اثنان من الدروس أو الاختبارات
    [few] أُضيف { $added } دروس أو اختبارات
    [many] أُضيف { $added } درسًا أو اختبارًا
   *[other] أُضيف { $added } درس أو اختبار
} { $removed ->
    [zero] ولم يُحذف شيء
    [one] وحُذف واحد
    [two] وحُذف اثنان
    [few] وحُذف { $removed }
    [many] وحُذف { $removed }
   *[other] وحُذف { $removed }
}. يحتفظ المتعلمون بتقدّمهم في كل ما بقي.
trainer-import-where = نُسخت إلى { $folder }
trainer-import-replaced-bundled = تعرضها المكتبة الآن بدلًا من الإصدار { $version } المرفق بالتطبيق، والذي يبقى على هذا الحاسوب: { $added ->
    [zero] لم يُضَف أي درس أو اختبار
    [one] أُضيف درس أو اختبار واحد
    [two] أُضيف اثنان من الدروس أو الاختبارات
    [few] أُضيف { $added } دروس أو اختبارات
    [many] أُضيف { $added } درسًا أو اختبارًا
   *[other] أُضيف { $added } درس أو اختبار
} { $removed ->
    [zero] ولم يُحذف شيء
    [one] وحُذف واحد
    [two] وحُذف اثنان
    [few] وحُذف { $removed }
    [many] وحُذف { $removed }
   *[other] وحُذف { $removed }
}. يحتفظ المتعلمون بتقدّمهم في كل ما بقي.
trainer-import-same-version = تحلّ محل نسخة الإصدار { $version } المثبّتة. يحتفظ المتعلمون بتقدّمهم.
trainer-import-no-suggestions = لم تجد الفحوص ما يُقترح على المؤلف.
drop-open-trainer = لتثبيت دورة، افتح مساحة المدرّب وأفلت الملف فيها.

## Live preview
trainer-preview-heading = معاينة دورة تكتبها
trainer-preview-body = اكتب مسار مجلد دورة لتراها كما سيراها المتعلمون. تُعاد المعاينة تلقائيًا كلما حفظت ملفًا في ذلك المجلد، ولا يُحفظ شيء مما يجري فيها.
trainer-preview-placeholder = /home/me/courses/my-course
trainer-preview = معاينة
trainer-preview-no-path = اكتب مسار مجلد دورة أولًا.
preview-title = معاينة Fieldcourse
preview-failed = تعذّر فتح المعاينة: { $reason }
preview-not-a-folder = المسار التالي ليس مجلدًا: { $path }. اختر مجلد الدورة، أي المجلد الذي يحوي course.json.
preview-learner = متعلم تجريبي
preview-item-gone = لم يعد «{ $id }» جزءًا من الدورة، لذا تظهر نظرتها العامة بدلًا منه.
preview-broken-title = لا يمكن عرض هذه الدورة بعد
preview-broken-body = أصلح المشكلات المذكورة بجانب هذا النص واحفظ الملف: ستُعاد المعاينة من تلقاء نفسها.
preview-band = معاينة { $folder } · لا يُحفظ شيء
preview-watching = في انتظار التغييرات
preview-reloaded = { $count ->
    [zero] لم يُعَد التحميل بعد
    [one] أُعيد التحميل مرة واحدة
    [two] أُعيد التحميل مرتين
    [few] أُعيد التحميل { $count } مرات
    [many] أُعيد التحميل { $count } مرةً
   *[other] أُعيد التحميل { $count } مرة
}
preview-close = إغلاق المعاينة
preview-problems-errors = { $count ->
    [zero] لا مشكلات يجب إصلاحها
    [one] مشكلة واحدة يجب إصلاحها
    [two] مشكلتان يجب إصلاحهما
    [few] { $count } مشكلات يجب إصلاحها
    [many] { $count } مشكلةً يجب إصلاحها
   *[other] { $count } مشكلة يجب إصلاحها
}
preview-problems-warnings = { $count ->
    [zero] لا اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}
preview-showing-last = الدورة المعروضة هي آخر إصدار خالٍ من الأخطاء.

## Learning records (xAPI)
trainer-tab-records = سجلات التعلّم
records-heading = إرسال سجلات التعلّم
records-body = يُحفظ كل درس أُنهي وكل إجابة قُدّمت وكل اختبار اجتيز وكل شهادة نيلت على هذا الحاسوب بوصفه سجل تعلّم إلى أن يصل إلى مخزن سجلات التعلّم (LRS) في مؤسستك. الإرسال مرة أخرى لا يحتسب أي شيء مرتين.
records-heading-file = سجلات التعلّم
records-body-file = يُحفظ كل درس مكتمل وكل إجابة وكل اختبار ناجح وكل شهادة على هذا الحاسوب كسجلّ تعلّم. لا تستطيع هذه النسخة من Fieldcourse إرسالها عبر الشبكة: احفظها في ملف وسلّمه إلى من يجمعها لمخزن سجلات التعلّم (LRS) في مؤسستك.
records-waiting = { $count ->
    [0] لا توجد سجلات بانتظار الإرسال: أُرسل كل شيء.
    [one] سجل واحد بانتظار الإرسال.
    [two] سجلان بانتظار الإرسال.
    [few] { $count } سجلات بانتظار الإرسال.
    [many] { $count } سجلًّا بانتظار الإرسال.
   *[other] { $count } سجل بانتظار الإرسال.
}{ $exported ->
    [0] {""}
    [one] {" "}(أحدها محفوظ في ملف من قبل.)
    [two] {" "}(اثنان منها محفوظان في ملف من قبل.)
    [few] {" "}({ $exported } منها محفوظة في ملف من قبل.)
    [many] {" "}({ $exported } منها محفوظة في ملف من قبل.)
   *[other] {" "}({ $exported } منها محفوظة في ملف من قبل.)
}
records-count-failed = تعذّر عدّ سجلات التعلّم.
records-endpoint = عنوان مخزن السجلات
records-no-endpoint = اكتب أولًا عنوان مخزن السجلات في مؤسستك. اطلب العنوان واسم المستخدم وكلمة المرور ممن يديره.
records-user = اسم المستخدم (مفتاح المخزن)
records-password = كلمة المرور (سر المخزن)
records-remembered = يُحفظ العنوان واسم المستخدم وكلمة المرور في الملف lrs.json داخل مجلد البيانات، ولا يستطيع قراءته إلا حسابك على هذا الحاسوب.
records-send = إرسال سجلات التعلّم
records-save = الحفظ في ملف
records-sending = { $delivered ->
    [zero] جارٍ الإرسال… لم يصل أي سجل بعد من أصل { $total }.
    [one] جارٍ الإرسال… وصل سجل واحد من أصل { $total }.
    [two] جارٍ الإرسال… وصل سجلان من أصل { $total }.
    [few] جارٍ الإرسال… وصلت { $delivered } سجلات من أصل { $total }.
    [many] جارٍ الإرسال… وصل { $delivered } سجلًّا من أصل { $total }.
   *[other] جارٍ الإرسال… وصل { $delivered } سجل من أصل { $total }.
}
records-sent = { $sent ->
    [0] لم يكن هناك جديد يلزم إرساله.
    [one] وصل سجل واحد.
    [two] وصل سجلان.
    [few] وصلت { $sent } سجلات.
    [many] وصل { $sent } سجلًّا.
   *[other] وصل { $sent } سجل.
}{ $held ->
    [0] {""}
    [one] {" "}وكان لدى المخزن سجل واحد منها من محاولة سابقة.
    [two] {" "}وكان لدى المخزن سجلان منها من محاولة سابقة.
    [few] {" "}وكان لدى المخزن { $held } سجلات منها من محاولة سابقة.
    [many] {" "}وكان لدى المخزن { $held } سجلًّا منها من محاولة سابقة.
   *[other] {" "}وكان لدى المخزن { $held } سجل منها من محاولة سابقة.
}
records-send-failed = لم يُرسل: { $error }
records-plain-http = لم يُرسل: يبدأ هذا العنوان بـ http://، فسيعبر اسم المستخدم وكلمة المرور الشبكة دون تشفير ويمكن لغيرك قراءتهما. اطلب عنوان https:// لمخزن السجلات. إن كانت هذه الشبكة خاصة وتقبل الخطر، فضع علامة في المربع أدناه وأرسل من جديد.
records-allow-http = الإرسال عبر http:// غير المشفّر رغم ذلك
trainer-log-help = إذا حدث خطأ، يدوّن Fieldcourse ما جرى في سجلّه، في المجلد { $folder }. أعطِ الملفات التي فيه لمن يقدّم لك الدعم.
records-saving = جارٍ حفظ السجلات…
records-saved = { $count ->
    [zero] لم يُحفظ أي سجل.
    [one] حُفظ سجل واحد.
    [two] حُفظ سجلان.
    [few] حُفظت { $count } سجلات.
    [many] حُفظ { $count } سجلًّا.
   *[other] حُفظ { $count } سجل.
} احمل هذا الملف إلى حاسوب متصل بالشبكة؛ تبقى السجلات هنا إلى أن تُرسل.
records-save-failed = تعذّر حفظ السجلات: { $error }

## الانتظار بعد رموز خاطئة، أول زيارة لمساحة المدرب، رموز المتعلمين، نافذة واحدة لكل مجلد بيانات
pin-wait = { $seconds ->
    [zero] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد لحظة، أو اطلب من مدربك رمزًا جديدًا.
    [one] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة، أو اطلب من مدربك رمزًا جديدًا.
    [two] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين، أو اطلب من مدربك رمزًا جديدًا.
    [few] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثوانٍ، أو اطلب من مدربك رمزًا جديدًا.
    [many] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانيةً، أو اطلب من مدربك رمزًا جديدًا.
   *[other] أُدخلت رموز خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية، أو اطلب من مدربك رمزًا جديدًا.
}
learners-pin-empty = اكتب رمزك أولًا.
folder-in-use-heading = Fieldcourse مفتوح بالفعل
folder-in-use-body = نافذة أخرى من Fieldcourse، أو أمر مثل «fieldcourse backup restore»، تستخدم مجلد البيانات { $folder }. لم تفتح هذه النافذة شيئًا ولم تغيّر شيئًا. أغلق الأخرى ثم شغّل Fieldcourse من جديد.
trainer-setup-heading = احمِ مساحة المدرب
trainer-setup-intro = تعرض مساحة المدرب نتائج جميع المتعلمين وتثبّت الدورات. اختر رمزًا للمدرب حتى لا يفتحها إلا المدربون.
trainer-pin-repeat = الرمز نفسه مرة أخرى
trainer-setup-save = احفظ الرمز وافتح
trainer-setup-open-intro = على حاسوب لا يستخدمه إلا المدربون يمكنك بدلًا من ذلك ترك مساحة المدرب مفتوحة. يتذكر Fieldcourse هذا الاختيار ويعرض تحذيرًا في مساحة المدرب.
trainer-setup-leave-open = اترك مساحة المدرب مفتوحة على هذا الحاسوب
trainer-pin-mismatch = الرمزان غير متطابقين. اكتبهما من جديد.
pin-length = يتكون الرمز من { $min ->
    [zero] { $min } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل و{ $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر (أرقام أو حروف). اختر رمزًا آخر.
trainer-left-open-warning = مساحة المدرب مفتوحة على هذا الحاسوب: يستطيع كل من يستخدمه رؤية نتائج جميع المتعلمين وتثبيت الدورات.
trainer-left-open-set-pin = اختر رمزًا للمدرب
trainer-learner-has-pin = يدخل برمز.
trainer-learner-no-pin = يدخل دون رمز.
trainer-learner-pin-reset = عيّن رمزًا جديدًا
trainer-learner-pin-set = عيّن رمزًا
trainer-learner-pin-remove = أزل الرمز
trainer-learner-pin-save = احفظ الرمز
trainer-learner-pin-saved = يدخل { $name } الآن بالرمز الجديد. أخبره به.
trainer-learner-pin-removed = يدخل { $name } الآن دون رمز.

## مساحة المدرّب: مدى جودة كل سؤال في الاختبارات
trainer-tab-questions = الأسئلة
trainer-questions-heading = مدى جودة كل سؤال
trainer-questions-body = اختر دورة واختبارًا. كل عمود سؤال واحد: نسبة المتعلمين الذين أجابوا عنه إجابة صحيحة. اختر سؤالًا من القائمة لترى ما أجاب به المتعلمون. الأرقام مأخوذة من المتعلمين على هذا الحاسوب ومن ملفات سجلات الحواسيب المحمولة الأخرى التي جُمعت هنا.
trainer-questions-no-courses = لم يُعثر على دورة فيها اختبار. استورد دورة أولًا.
trainer-questions-course = الدورة
trainer-questions-quiz = الاختبار
trainer-questions-scope-first = تُعرض المحاولة الأولى لكل متعلم: اعرض كل المحاولات
trainer-questions-scope-all = تُعرض كل المحاولات: اعرض المحاولات الأولى فقط
trainer-questions-no-attempts = لم يسلّم أي متعلم هذا الاختبار بعد.
trainer-questions-attempts = { $count ->
    [zero] لا محاولات محلَّلة
    [one] محاولة واحدة محلَّلة
    [two] محاولتان محلَّلتان
    [few] { $count } محاولات محلَّلة
    [many] { $count } محاولةً محلَّلة
   *[other] { $count } محاولة محلَّلة
}
trainer-questions-collected = { $count ->
    [zero] لم تأتِ أي محاولة منها من حاسوب آخر.
    [one] منها محاولة واحدة أُجريت على حاسوب آخر ووصلت في ملف سجلاته.
    [two] منها محاولتان أُجريتا على حواسيب أخرى ووصلتا في ملفات سجلاتها.
    [few] منها { $count } محاولات أُجريت على حواسيب أخرى ووصلت في ملفات سجلاتها.
    [many] منها { $count } محاولةً أُجريت على حواسيب أخرى ووصلت في ملفات سجلاتها.
   *[other] منها { $count } محاولة أُجريت على حواسيب أخرى ووصلت في ملفات سجلاتها.
}
trainer-questions-scores = متوسط الدرجات { $mean } · الوسيط { $median } · التشتت (الانحراف المعياري) { $sd }
trainer-questions-pass-rate = نسبة النجاح { $rate } (درجة النجاح { $mark })
trainer-questions-alpha = الاتساق (ألفا كرونباخ) { $alpha }: من 0.7 فأكثر يعني أن الاختبار يرتّب المتعلمين ترتيبًا متسقًا.
trainer-questions-unreadable = { $count ->
    [zero] قُرئت كل المحاولات.
    [one] تعذّرت قراءة محاولة واحدة فاستُبعدت.
    [two] تعذّرت قراءة محاولتين فاستُبعدتا.
    [few] تعذّرت قراءة { $count } محاولات فاستُبعدت.
    [many] تعذّرت قراءة { $count } محاولةً فاستُبعدت.
   *[other] تعذّرت قراءة { $count } محاولة فاستُبعدت.
}
trainer-questions-facility-chart = نسبة الإجابات الصحيحة لكل سؤال
trainer-questions-score-chart = الدرجات
trainer-questions-pass-line = الخط المتقطع هو درجة النجاح ({ $mark }).
trainer-questions-list = الأسئلة
trainer-questions-facts = { $drawn ->
    [zero] لم يُسحب بعد
    [one] سُحب مرة واحدة
    [two] سُحب مرتين
    [few] سُحب { $drawn } مرات
    [many] سُحب { $drawn } مرةً
   *[other] سُحب { $drawn } مرة
} · صحيح { $facility } · الانحراف المعياري { $sd } · التمييز { $discrimination }
trainer-questions-right-answer = الإجابة الصحيحة: { $answer }
trainer-questions-options = ما اختاره المتعلمون
trainer-questions-right-option = { $option } (الإجابة الصحيحة)
trainer-questions-share = { $share } ({ $count })
trainer-questions-wrong-answers = أكثر الإجابات الخاطئة تكرارًا
trainer-questions-wrong-answer = «{ $answer }»: { $count }
trainer-questions-partial = توزّع الإجابات الصحيحة جزئيًا
trainer-questions-partial-line = { $score } من الدرجات: { $count }
trainer-flag-very-easy = سهل جدًا
trainer-flag-very-hard = صعب جدًا
trainer-flag-does-not-separate = لا يميّز بين المتعلمين الأقوياء والضعفاء
trainer-flag-check-key = يخطئ فيه المتعلمون الأقوى أكثر: راجع الإجابة الصحيحة
trainer-flag-unpicked-option = خيار خاطئ لا يختاره أحد
trainer-flag-too-few = الإجابات أقل من أن يُحكم عليها
trainer-flag-none = لا تنبيهات
trainer-legend-fine = لا تنبيه
trainer-legend-warn = يستحق النظر
trainer-legend-danger = راجع الإجابة الصحيحة
trainer-legend-too-few = إجابات قليلة جدًا

## مساحة المدرّب: البرنامج، كل متعلّم في الدورة من كل جهاز

trainer-tab-programme = البرنامج
trainer-programme-heading = { $count ->
    [zero] لا يوجد متعلّمون في البرنامج
    [one] متعلّم واحد في البرنامج
    [two] متعلّمان في البرنامج
    [few] { $count } متعلّمين في البرنامج
    [many] { $count } متعلّمًا في البرنامج
   *[other] { $count } متعلّم في البرنامج
}
trainer-programme-body = كل من تعلّم على هذا الحاسوب أو على جهاز جمعتَ سجلاته. من استخدم حاسوبين يظهر مرّتين: اختر السجلّين وأخبر Fieldcourse بأنهما الشخص نفسه.
trainer-programme-empty = لا متعلّمين بعد. يظهر هنا متعلّمو هذا الحاسوب ومتعلّمو كل جهاز تجمع سجلاته.
trainer-programme-course = الدورة
trainer-programme-device = الجهاز
trainer-programme-status = الحالة
trainer-programme-sort = الترتيب حسب
trainer-programme-all = الكل
trainer-programme-this-laptop = هذا الحاسوب
trainer-programme-not-started = لم يبدأ
trainer-programme-in-progress = قيد التقدّم
trainer-programme-completed = مكتمل
trainer-programme-sort-name = الاسم
trainer-programme-sort-device = الجهاز
trainer-programme-sort-progress = التقدّم
trainer-programme-sort-activity = آخر نشاط
trainer-programme-column-learner = المتعلّم والجهاز
trainer-programme-column-course = الدورة والتقدّم
trainer-programme-column-scores = أفضل النتائج
trainer-programme-column-certificate = الشهادة وآخر نشاط
trainer-programme-no-match = لا يوجد متعلّم يطابق هذه الاختيارات.
trainer-programme-select = اختيار
trainer-programme-selected = مختار
trainer-programme-undo = تراجع
trainer-programme-select-hint = { $selected ->
    [0] لضمّ سجلّي الشخص نفسه، اختر السجلّين كليهما.
    [1] اختر متعلّمًا آخر لضمّه إلى هذا.
    [2] تم اختيار متعلّمَين.
   *[other] لضمّ سجلّات الشخص نفسه، اختر سجلّين اثنين فقط.
}
trainer-programme-join = هذان الشخص نفسه
trainer-programme-learner-on = { $name } على { $device }
trainer-programme-join-confirm-text = سيظهر { $first } و{ $second } متعلّمًا واحدًا. في كل دورة يُحتسب السجلّ الذي أُنجزت فيه أكثر الدروس، وتُحتسب كل محاولات الاختبارات في السجلّين، وتُحفظ الشهادة الأقدم. لا يُحذف شيء ولا يتغيّر: زرّ «تراجع» يفصلهما من جديد.
trainer-programme-join-confirm = نعم، اضمّهما
trainer-programme-join-cancel = إلغاء
trainer-programme-joined = يظهر { $name } الآن متعلّمًا واحدًا.
trainer-programme-undone = يظهر { $name } من جديد في سجلّات منفصلة.
trainer-programme-quizzes = الاختبارات: { $scores }
trainer-programme-no-final = لا تقييم نهائي
trainer-programme-final-not-taken = لم يُجرَ التقييم النهائي بعد
trainer-programme-final-passed = التقييم النهائي: { $percent }، ناجح
trainer-programme-final-failed = التقييم النهائي: { $percent }، غير ناجح
trainer-programme-last-activity = آخر نشاط في { $date }
trainer-programme-showing = السطور { $first }–{ $last } من { $count ->
    [zero] لا شيء
    [one] سطر واحد
    [two] سطرين
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
}
trainer-programme-previous = السابق
trainer-programme-next = التالي
trainer-print-selected = { $count ->
    [zero] اطبع شهادات المتعلّمين المختارين
    [one] اطبع شهادة المتعلّم المختار
    [two] اطبع شهادتَي المتعلّمَين المختارَين
    [few] اطبع شهادات المتعلّمين المختارين وعددهم { $count }
    [many] اطبع شهادات المتعلّمين المختارين وعددهم { $count }
   *[other] اطبع شهادات المتعلّمين المختارين وعددهم { $count }
}
trainer-print-course = اطبع كل شهادات { $course }
trainer-print-hint = لطباعة الشهادات، اختر متعلّمين، أو اختر دورة في الأعلى لطباعة شهادات كل من أتمّها.
trainer-print-choose-course = اختر دورة في الأعلى: تُطبع الشهادات دورةً دورة.
trainer-print-running = يجري إعداد ملف PDF للشهادات في { $folder }…
trainer-print-done = { $pages ->
    [zero] ملف PDF جاهز، ولا شهادة فيه.
    [one] ملف PDF جاهز: شهادة واحدة في صفحة واحدة.
    [two] ملف PDF جاهز: شهادتان، كل واحدة في صفحة.
    [few] ملف PDF جاهز: { $pages } شهادات، كل واحدة في صفحة.
    [many] ملف PDF جاهز: { $pages } شهادةً، كل واحدة في صفحة.
   *[other] ملف PDF جاهز: { $pages } شهادة، كل واحدة في صفحة.
}
trainer-print-without = { $count ->
    [zero] لكل متعلّم مختار شهادته.
    [one] لا شهادة بعد لهذه الدورة: { $names }.
    [two] لا شهادة بعد لهذه الدورة لمتعلّمَين: { $names }.
    [few] لا شهادة بعد لهذه الدورة لـ{ $count } متعلّمين: { $names }.
    [many] لا شهادة بعد لهذه الدورة لـ{ $count } متعلّمًا: { $names }.
   *[other] لا شهادة بعد لهذه الدورة لـ{ $count } متعلّم: { $names }.
}
trainer-print-failed = تعذّرت طباعة الشهادات: { $error }
trainer-simulated-remove = { $count ->
    [zero] أزل المتعلّمين الافتراضيين
    [one] أزل المتعلّم الافتراضي
    [two] أزل المتعلّمَين الافتراضيَّين
    [few] أزل المتعلّمين الافتراضيين وعددهم { $count }
    [many] أزل المتعلّمين الافتراضيين وعددهم { $count }
   *[other] أزل المتعلّمين الافتراضيين وعددهم { $count }
}
trainer-simulated-confirm-text = { $count ->
    [zero] سيُحذف المتعلّمون الافتراضيون (بيانات التدريب) من هذا الحاسوب مع تقدّمهم ومحاولاتهم في الاختبارات وشهاداتهم. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
    [one] سيُحذف المتعلّم الافتراضي (بيانات التدريب) من هذا الحاسوب مع تقدّمه ومحاولاته في الاختبارات وشهاداته. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
    [two] سيُحذف المتعلّمان الافتراضيان (بيانات التدريب) من هذا الحاسوب مع تقدّمهما ومحاولاتهما في الاختبارات وشهاداتهما. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
    [few] سيُحذف { $count } متعلّمين افتراضيين (بيانات التدريب) من هذا الحاسوب مع تقدّمهم ومحاولاتهم في الاختبارات وشهاداتهم. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
    [many] سيُحذف { $count } متعلّمًا افتراضيًا (بيانات التدريب) من هذا الحاسوب مع تقدّمهم ومحاولاتهم في الاختبارات وشهاداتهم. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
   *[other] سيُحذف { $count } متعلّم افتراضي (بيانات التدريب) من هذا الحاسوب مع تقدّمهم ومحاولاتهم في الاختبارات وشهاداتهم. لا يتغيّر المتعلّمون الحقيقيون ولا السجلات المجمّعة.
}
trainer-simulated-confirm = نعم، أزلهم
trainer-simulated-cancel = أبقِهم
trainer-simulated-removing = تجري إزالة المتعلّمين الافتراضيين…
trainer-simulated-removed = { $count ->
    [zero] لم يبقَ متعلّمون افتراضيون لإزالتهم.
    [one] أُزيل متعلّم افتراضي واحد.
    [two] أُزيل متعلّمان افتراضيان.
    [few] أُزيل { $count } متعلّمين افتراضيين.
    [many] أُزيل { $count } متعلّمًا افتراضيًا.
   *[other] أُزيل { $count } متعلّم افتراضي.
}

## أخطاء ملف التقدّم كما يعرضها التطبيق.
error-progress-database = تعذّر حفظ تقدّمك أو قراءته في { $file } ({ $reason }). تأكّد من وجود مساحة فارغة على القرص ومن إمكانية الكتابة في المجلد، ثم حاول مرة أخرى. إذا تكرّر ذلك فأخبر مدرّبك: هذا المجلد يحتفظ أيضًا بنسخة احتياطية يومية.
error-progress-io = تعذّرت كتابة ملف من ملفات تقدّمك أو قراءته: { $file } ({ $reason }). تأكّد من وجود المجلد ومن وجود مساحة فارغة على القرص، ثم حاول مرة أخرى.
error-progress-too-new = ملف تقدّمك { $file } أنشأه إصدار أحدث من Fieldcourse. لم يُمسّ الملف: اطلب من مدرّبك تثبيت الإصدار الأحدث على هذا الحاسوب.
error-progress-not-ours = الملف { $file } ليس ملف تقدّم لـ Fieldcourse. لم يُمسّ الملف: اطلب من مدرّبك نقله خارج مجلد البيانات.
error-progress-damaged = كان ملف تقدّمك تالفًا. لم يُحذف شيء: حُفظ باسم { $moved }. أغلق Fieldcourse وافتحه من جديد لتتابع، ويستطيع مدرّبك استعادة نسخة احتياطية يومية.
error-progress-learner-gone = هذا المتعلّم لم يعد موجودًا على هذا الحاسوب. اختر من القائمة مرة أخرى.
error-progress-pin-wait = { $seconds ->
    [zero] محاولات خاطئة كثيرة. حاول مرة أخرى بعد لحظة، أو اطلب من مدرّبك رمزًا جديدًا.
    [one] محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة، أو اطلب من مدرّبك رمزًا جديدًا.
    [two] محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين، أو اطلب من مدرّبك رمزًا جديدًا.
    [few] محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثوانٍ، أو اطلب من مدرّبك رمزًا جديدًا.
    [many] محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانيةً، أو اطلب من مدرّبك رمزًا جديدًا.
   *[other] محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية، أو اطلب من مدرّبك رمزًا جديدًا.
}
error-progress-open-again = لم تعد هذه الشاشة متوافقة مع تقدّمك المحفوظ. ارجع ثم افتحها من جديد؛ لم يضِع شيء محفوظ.
error-progress-backup = لا يمكن استخدام هذه النسخة الاحتياطية. لم يتغيّر شيء: اطلب من مدرّبك اختيار نسخة أخرى.

## نوع الإخفاق الذي واجهه ملف أو ملف التقدّم، داخل الرسائل أعلاه وأدناه.
io-not-found = الملف أو المجلد غير موجود
io-not-allowed = لا يُسمح لهذا الحساب بالكتابة أو القراءة هناك
io-disk-full = القرص ممتلئ
io-already-there = يوجد هناك شيء بالاسم نفسه
io-wrong-kind = يوجد مجلد في مكان ملف، أو العكس
io-unreadable = محتوى الملف تالف أو ناقص
io-busy = برنامج آخر يستخدم الملف
io-other = رفض النظام العملية
error-input-name-empty = اكتب الاسم الذي سيظهر على هذا الحاسوب.
error-input-name-too-long = هذا الاسم طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }). استخدم اسمًا أقصر: يمكن كتابة الاسم الكامل في «الاسم على الشهادات».
error-input-certificate-name-too-long = الاسم على الشهادات طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }). اختصره ثم احفظ مرة أخرى.
error-input-no-language = اختر اللغة التي يفضّلها هذا المتعلّم، ثم احفظ مرة أخرى.
error-input-pin-not-protected = تعذّر حفظ الرمز بطريقة آمنة. حاول مرة أخرى؛ وإن تكرّر ذلك فاترك الرمز فارغًا الآن.
error-file = تعذّر استخدام { $file }: { $reason }. تأكّد من وجود المجلد ومن وجود مساحة فارغة على القرص، ثم حاول مرة أخرى.
error-simulated-mixed = يضمّ { $file } متعلّمين حقيقيين إلى جانب المتعلّمين الافتراضيين. أزل المتعلّمين الافتراضيين من منطقة المدرّب لمجلد البيانات ذاك.
error-folder-in-use = مجلد البيانات { $folder } مفتوح في نافذة أخرى من Fieldcourse. أغلق تلك النافذة ثم افتح Fieldcourse من جديد.
error-folder-lock = تعذّر الوصول إلى مجلد البيانات { $folder }: { $reason }. اطلب ممن يعتني بهذا الحاسوب أن يفحص ذلك المجلد.

## أخطاء الدورات والحزم والشهادات والاختبارات وسجلات التعلّم، كما يعرضها التطبيق.
error-course-unreadable = تعذّرت قراءة ملف الدورة { $file }: { $reason }.
error-course-too-large = حجم ملف الدورة { $file } هو { $megabytes } ميغابايت، والحد الأقصى لملف الدورة 64 ميغابايت. اطلب من مؤلف الدورة تقسيمها أو إخراج الوسائط الكبيرة منها.
error-course-broken = في «{ $course }» مشكلات يجب أن يصلحها مؤلفها قبل أن تمكن قراءتها. أخبر مدرّبك.
error-course-refused = في «{ $course }» مشكلات، لذلك لم تُثبَّت. استوردها من جديد بعد أن يصلحها المؤلف.
error-course-not-installed = لم تُثبَّت الدورة: تعذّر نسخ { $file } ({ $reason }). لم يتغيّر شيء؛ وفّر مساحة على القرص ثم استوردها من جديد.
error-package-io = تعذّرت قراءة الحزمة { $file }: { $reason }. تأكّد من أن ذاكرة USB أو المجلد ما زال موجودًا، ثم استورد من جديد.
error-package-not-written = تعذّر إنشاء الحزمة. لم يتغيّر شيء؛ حاول مرة أخرى.
error-package-broken = هذه الحزمة ناقصة أو تالفة من الداخل. اطلب نسخة جديدة منها ممن أعدّها.
error-package-too-many = في هذه الحزمة ملفات أكثر مما يُسمح به للدورة (عدد الملفات: { $count }، والحد الأقصى: { $max }). لم تُثبَّت: اطلب من مُعدّها فحصها.
error-package-entry = تحتوي هذه الحزمة على ملف يرفض Fieldcourse فكّه ({ $entry }). لم يُثبَّت شيء: اطلب نسخة جديدة ممن أعدّها.
error-package-too-large = إذا فُكّت هذه الحزمة تجاوزت { $megabytes } ميغابايت، وهذا كثير على دورة. لم يُثبَّت شيء: اطلب من مُعدّها فحصها.
error-package-older = الإصدار { $installed } من «{ $course }» مثبّت من قبل، وهذه الحزمة فيها الإصدار الأقدم { $offered }. لم يتغيّر شيء.
error-watch-refused = لا يمكن متابعة التغييرات في { $folder }، لذلك لن تُعاد المعاينة من تلقاء نفسها. أغلق المعاينة ثم افتحها من جديد.
error-watch-stopped = توقّفت متابعة { $folder }، لذلك لم تعد المعاينة تُعاد من تلقاء نفسها. أغلق المعاينة ثم افتحها من جديد.
error-certificate-io = تعذّر حفظ الشهادة باسم { $file }: { $reason }. اختر مجلدًا آخر أو وفّر مساحة على القرص، ثم احفظ مرة أخرى.
error-certificate-key = مفتاح التوقيع { $file } غير صالح للاستخدام، فلا يمكن توقيع أي شهادة. اطلب من مدرّبك مراجعة إعدادات الشهادات.
error-certificate-random = لم يقدّم هذا الحاسوب أرقامًا عشوائية للتوقيع، لذلك لم يُحفظ شيء. حاول مرة أخرى بعد لحظة.
error-certificate-pdf = تعذّر تنسيق صفحة الشهادة. شهادتك محفوظة: أخبر مدرّبك، ويمكنه حفظها من حاسوب آخر.
error-certificate-stored = تتعذّر قراءة الشهادة المحفوظة على هذا الحاسوب؛ ربما تلف ملف التقدّم. اطلب من مدرّبك استعادة نسخة احتياطية يومية.
error-certificate-trust-file = السطر { $line } من { $file } ليس جهة إصدار موثوقة صالحة. اطلب من مدرّبك تصحيح ذلك السطر.
error-quiz-changed = تغيّرت الدورة منذ بدء هذه المحاولة، فلم يعد السؤال { $question } متوافقًا معها. أخبر مدرّبك.
error-quiz-incomplete = السؤال { $question } غير مكتمل في هذه الدورة. أخبر مدرّبك، ويمكنه أن يطلب من المؤلف إصلاحه.
error-lrs-io = تعذّر استخدام { $file }: { $reason }. افحص مجلد البيانات ثم أرسل من جديد.
error-lrs-bad-file = تتعذّر قراءة بيانات مخزن السجلات المحفوظة في { $file }. اكتب العنوان واسم المستخدم وكلمة المرور من جديد، ثم أرسل.
error-lrs-bad-address = { $address } ليس عنوان مخزن سجلات. اكتبه كما أعطاك إياه من يدير المخزن، مثل https://lrs.example.org/xapi.
error-lrs-not-an-lrs = هناك ما يجيب على { $address }، لكنه ليس مخزن سجلات. تحقّق من العنوان مع من يديره. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-needs-credentials = مخزن السجلات على { $address } يطلب اسم مستخدم وكلمة مرور. اكتبهما أعلاه ثم أرسل من جديد. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-busy = { $seconds ->
    [zero] مخزن السجلات على { $address } مشغول ويطلب الانتظار قليلًا. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
    [one] مخزن السجلات على { $address } مشغول ويطلب الانتظار ثانية واحدة. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
    [two] مخزن السجلات على { $address } مشغول ويطلب الانتظار ثانيتين. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
    [few] مخزن السجلات على { $address } مشغول ويطلب الانتظار { $seconds } ثوانٍ. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
    [many] مخزن السجلات على { $address } مشغول ويطلب الانتظار { $seconds } ثانيةً. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
   *[other] مخزن السجلات على { $address } مشغول ويطلب الانتظار { $seconds } ثانية. أرسل من جديد بعد ذلك. عدد السجلات التي ما زالت تنتظر: { $pending }.
}
network-refused = لا شيء يجيب على ذلك العنوان
network-host-not-found = هذا الاسم غير معروف على الشبكة
network-timed-out = لم يُجب في الوقت المحدد
network-other = أخفقت الشبكة
error-lrs-no-route = تعذّر الوصول إلى مخزن السجلات على { $address }: { $cause }. تحقّق من اتصال الشبكة ومن العنوان، ثم أرسل من جديد. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-refused-credentials = رفض مخزن السجلات على { $address } اسم المستخدم وكلمة المرور. تحقّق منهما مع من يديره. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-rejected = رفض مخزن السجلات على { $address } السجل { $statement }. وصلت السجلات التي قبله. يُرجى إبلاغ فريق Fieldcourse بهذا المعرّف. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-server = أجاب مخزن السجلات على { $address } بخطأ (HTTP { $status }). حاول مرة أخرى لاحقًا. عدد السجلات التي ما زالت تنتظر: { $pending }.
error-lrs-interrupted = { $delivered ->
    [zero] توقّف الإرسال قبل أن يصل أي سجل. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
    [one] توقّف الإرسال بعد سجل واحد. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
    [two] توقّف الإرسال بعد سجلين. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
    [few] توقّف الإرسال بعد { $delivered } سجلات. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
    [many] توقّف الإرسال بعد { $delivered } سجلًا. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
   *[other] توقّف الإرسال بعد { $delivered } سجل. السجلات الأخرى وعددها { $pending } تنتظر وتُرسل في المرة القادمة.
}

# سجلات للمدرّب: ملفات سجلات تُحمل على ذاكرة USB
trainer-tab-records-files = سجلات للمدرّب
carry-save-heading = حفظ السجلات للمدرّب
carry-save-body = يجمع كل متعلمي هذا الحاسوب في ملف واحد موقَّع، مع تقدّمهم وإجاباتهم عن الاختبارات وشهاداتهم وسجلات تعلّمهم، أما الرموز السرية فتبقى هنا. احفظه على ذاكرة USB واحمله إلى حاسوب المدرّب. كل ملف جديد يحلّ محل الملف المحفوظ قبله.
carry-device-name = اسم هذا الحاسوب كما سيراه المدرّب
carry-device-placeholder = الحاسوب 3
carry-save = اختر مكان الحفظ…
carry-saving = يجري حفظ السجلات في { $folder }… أبقِ ذاكرة USB موصولة.
carry-saved = { $learners ->
    [0] حُفظت سجلات «{ $device }»: لا متعلمين.
    [one] حُفظت سجلات «{ $device }»: متعلم واحد.
    [two] حُفظت سجلات «{ $device }»: متعلمان.
    [few] حُفظت سجلات «{ $device }»: { $learners } متعلمين.
    [many] حُفظت سجلات «{ $device }»: { $learners } متعلمًا.
   *[other] حُفظت سجلات «{ $device }»: { $learners } متعلم.
}
carry-saved-size = { $kilobytes } كيلوبايت، حُفظت في { $milliseconds } ملي ثانية. يمكنك نزع ذاكرة USB الآن.
carry-save-failed = تعذّر حفظ السجلات: { $error }
carry-collect-heading = جمع السجلات
carry-collect-body = على حاسوب المدرّب: اجمع ملفات السجلات المحفوظة على حواسيب المتعلمين. جمع الملف نفسه مرتين لا يغيّر شيئًا، والملف الأحدث من حاسوب ما يحلّ محل الأقدم، ومتعلمو هذا الحاسوب لا يُمسّون أبدًا.
carry-collect-drop = يمكنك أيضًا إفلات ملفات السجلات، أو مجلد يحويها، على هذه النافذة.
carry-collect = اختر ملفات السجلات…
carry-collecting = يجري جمع الملف { $number } من { $total }: { $file }
carry-collect-failed = تعذّر جمع أي شيء: { $error }
carry-collected-summary = { $total ->
    [0] لم يُجمع أي ملف
    [one] جُمع { $collected } من ملف واحد
    [two] جُمع { $collected } من ملفين
    [few] جُمع { $collected } من { $total } ملفات
    [many] جُمع { $collected } من { $total } ملفًا
   *[other] جُمع { $collected } من { $total } ملف
}{ $refused ->
    [0] .
    [one] ، ورُفض ملف واحد.
    [two] ، ورُفض ملفان.
    [few] ، ورُفضت { $refused } ملفات.
    [many] ، ورُفض { $refused } ملفًا.
   *[other] ، ورُفض { $refused } ملف.
}
carry-file-new = { $file }: { $learners ->
    [0] لم يُجمع أي متعلم
    [one] جُمع متعلم واحد
    [two] جُمع متعلمان
    [few] جُمع { $learners } متعلمين
    [many] جُمع { $learners } متعلمًا
   *[other] جُمع { $learners } متعلم
} من «{ $device }»، وهو حاسوب جديد هنا.
carry-file-superseded = { $file }: { $learners ->
    [0] لم يُجمع أي متعلم
    [one] جُمع متعلم واحد
    [two] جُمع متعلمان
    [few] جُمع { $learners } متعلمين
    [many] جُمع { $learners } متعلمًا
   *[other] جُمع { $learners } متعلم
} من «{ $device }»، بدلًا من سجلاته السابقة.
carry-file-unchanged = { $file }: جُمع من قبل من «{ $device }». لم يتغيّر شيء.
carry-file-older = { $file }: سجلات أحدث من «{ $device }» (حُفظت في { $saved }) موجودة هنا من قبل. لم يتغيّر شيء.
carry-file-refused = مرفوض، لم يُجمع شيء: { $reason }
carry-file-failed = لم يُجمع: { $reason }
picker-save-title = اختر المجلد الذي تحفظ فيه
picker-collect-title = اختر ملفات السجلات، أو المجلد الذي يحويها
picker-in = في { $folder }
picker-places = ذواكر USB والمجلد الشخصي
picker-up = صعودًا مجلدًا واحدًا
picker-reading = تجري القراءة…
picker-no-places = لم يُعثر على أي ذاكرة USB. صِل واحدة، ثم اضغط «انظر مجددًا».
picker-no-folders = لا مجلدات هنا. احفظ هنا، أو اصعد.
picker-nothing-here = لا مجلدات ولا ملفات سجلات هنا.
picker-collect-files = { $count ->
    [0] اجمع الملفات المحدّدة
    [one] اجمع الملف المحدّد
    [two] اجمع الملفين المحدّدين
    [few] اجمع الملفات { $count } المحدّدة
    [many] اجمع الـ { $count } ملفًا المحدّدة
   *[other] اجمع الـ { $count } ملف المحدّدة
}
picker-save-here = احفظ هنا
picker-print-title = اختر مجلد ملف PDF للشهادات
picker-print-here = احفظ ملف PDF هنا
picker-collect-folder = اجمع كل ملفات السجلات في هذا المجلد
picker-refresh = انظر مجددًا
picker-cancel = إلغاء
picker-drive = ذاكرة USB { $name }
picker-home = المجلد الشخصي
error-records-io = تعذّر استخدام { $file }: { $reason }. تأكد من أن ذاكرة USB موصولة وفيها مساحة فارغة، ثم حاول مجددًا.
error-records-not-written = تعذّر إنشاء ملف السجلات { $file }. لم يُكتب شيء. حاول مجددًا، وأبلغ عن ذلك إن تكرر.
error-records-not-records = { $file } ليس ملف سجلات من Fieldcourse. اختر ملفًا بامتداد fcrecords حُفظ بزر «حفظ السجلات للمدرّب».
error-records-truncated = { $file } ناقص: انقطع النسخ أو الحفظ. انسخه مجددًا، أو احفظ السجلات مجددًا على حاسوبه.
error-records-unsigned = { $file } لا يحمل توقيع الحاسوب الذي حفظه. احفظ السجلات مجددًا على ذلك الحاسوب.
error-records-tampered = { $file } غُيّر أو تلف بعد أن حفظه حاسوبه. احفظ السجلات مجددًا على ذلك الحاسوب وأحضر الملف الجديد.
error-records-newer-format = { $file } حُفظ بإصدار أحدث من Fieldcourse (صيغة السجلات { $found }؛ هذا الإصدار يقرأ حتى { $supported }). حدّث Fieldcourse على هذا الحاسوب، ثم اجمعه مجددًا.
error-records-unreadable = { $file } موقَّع من حاسوبه، لكن سجلاته لا تُقرأ. احفظها مجددًا هناك، بإصدار Fieldcourse نفسه الذي على هذا الحاسوب.
error-records-key-mismatch = { $file } يقول إنه من «{ $device }»، لكن سجلات ذلك الحاسوب جُمعت هنا أول مرة بمفتاح توقيع آخر. تأكد من أن الملف آتٍ فعلًا من ذلك الحاسوب: الحاسوب المُعاد إعداده لا يستطيع أن يحلّ محل سجلات القديم.
error-records-own-device = { $file } حُفظ على هذا الحاسوب، ومتعلموه موجودون هنا من قبل. اجمع ملفات الحواسيب الأخرى.
error-records-inconsistent = السجلات في { $file } غير متّسقة. احفظها مجددًا على حاسوبها.
error-records-empty-folder = المجلد { $folder } لا يحوي أي ملف سجلات. اختر المجلد الذي حُفظت فيه ملفات السجلات، أو الملفات نفسها.

## حزم الدورات الموقّعة: من نشر الدورة، وهل يثق هذا الجهاز بالمفتاح
publisher-verified = نشرتها { $name } (موثّقة)
publisher-verified-detail = موقّعة بمفتاح يثق به هذا الجهاز.
publisher-unknown = موقّعة باسم «{ $name }» بمفتاح لا يعرفه هذا الجهاز (غير موثّقة)
publisher-unsigned = غير موقّعة: لا شيء يبيّن من نشر هذه الحزمة (غير موثّقة)
publisher-key = المفتاح: { $did }
trainer-import-unsigned = الدورة «{ $course }» الإصدار { $version } غير موقّعة.
trainer-import-unsigned-body = لا شيء يبيّن من صنع هذه الحزمة، ولا أنّ أحدًا لم يغيّرها في الطريق. لا تثبّتها إلا إذا كنت تعرف مصدرها.
trainer-import-unknown = الدورة «{ $course }» الإصدار { $version } موقّعة باسم «{ $name }»، بمفتاح لا يعرفه هذا الجهاز.
trainer-import-unknown-body = يستطيع أيّ شخص أن يصنع مفتاحًا ويوقّع بأيّ اسم. لا تثبّتها إلا إذا كنت تعرف أنّ هذه الحزمة آتية فعلًا من «{ $name }». لتثق بهذا الناشر من الآن فصاعدًا، ثبّت مفتاحه على هذا الحاسوب (fieldcourse issuer install).
trainer-import-install-anyway = ثبّتها رغم ذلك
trainer-import-cancel = لا تثبّتها
trainer-import-new-publisher = الدورة المثبّتة «{ $course }» نشرتها «{ $installed }»؛ وهذه الحزمة موقّعة بمفتاح آخر، باسم «{ $offered }».
trainer-import-new-publisher-unsigned = الدورة المثبّتة «{ $course }» نشرتها «{ $installed }»؛ وهذه الحزمة غير موقّعة.
trainer-import-new-publisher-body = نادرًا ما يتغيّر ناشر الدورة. لا تستبدلها إلا إذا كنت تعرف السبب؛ وإلا فاحتفظ بالدورة المثبّتة واسأل ناشرها.
trainer-import-replace-anyway = استبدلها رغم ذلك
trainer-import-keep-publisher = احتفظ بالدورة المثبّتة
course-publisher-verified = نشرتها { $name } · موثّقة
course-publisher-unverified = موقّعة باسم «{ $name }» · غير موثّقة
error-package-bad-signature = توقيع هذه الحزمة لا يطابق محتواها: فقد غُيّرت بعد توقيعها، أو تلفت في الطريق. لم يُثبَّت شيء: اطلب نسخة جديدة من الناشر.
error-package-unverified-unsigned = الدورة «{ $course }» غير موقّعة، فلم يُثبَّت شيء.
error-package-unverified-unknown = الدورة «{ $course }» موقّعة باسم «{ $publisher }» بمفتاح لا يعرفه هذا الجهاز، فلم يُثبَّت شيء.
error-package-new-publisher = الدورة «{ $course }» نشرتها «{ $installed }»، وهذه الحزمة آتية من ناشر آخر، فلم يتغيّر شيء.
