# نصوص واجهة Fieldcourse: العربية.

app-title = Fieldcourse

## المكتبة
library-heading = دوراتك
library-loading = جارٍ البحث عن الدورات…
library-count = { $count ->
    [zero] لا توجد دورات
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
   *[other] { $count } دورة
}
library-empty-title = لا توجد دورات بعد
library-empty-body = اطلب دورة من المدرّب، ثم ضع مجلدها في { $folder } واضغط «تحديث».
library-reload = تحديث
library-folders = تُقرأ الدورات من هذه المجلدات:

## بطاقة الدورة
course-by = الناشر: { $publisher }
course-languages = اللغات: { $languages }
course-modules = { $count ->
    [zero] لا وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
   *[other] { $count } وحدة
}
course-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
   *[other] { $count } درسًا
}
course-duration = { $minutes } دقيقة
course-broken-badge = تحتاج إلى إصلاح
course-broken-summary = { $count ->
    [one] مشكلة واحدة تمنع فتح هذه الدورة. اطلب من مؤلفها إصلاحها:
    [two] مشكلتان تمنعان فتح هذه الدورة. اطلب من مؤلفها إصلاحهما:
    [few] { $count } مشكلات تمنع فتح هذه الدورة. اطلب من مؤلفها إصلاحها:
   *[other] { $count } مشكلة تمنع فتح هذه الدورة. اطلب من مؤلفها إصلاحها:
}
course-warnings = { $count ->
    [one] اقتراح واحد للمؤلف
    [two] اقتراحان للمؤلف
    [few] { $count } اقتراحات للمؤلف
   *[other] { $count } اقتراحًا للمؤلف
}

## مشكلات الدورة
problem-error = مشكلة
problem-warning = اقتراح
problem-where = { $file }، السطر { $line }، العمود { $column }
problem-fix = ما العمل: { $hint }
problems-show-all = عرض كل المشكلات ({ $count })
problems-show-fewer = عرض أقل

## Certificate
certificate-heading = شهادة إتمام
certificate-presented-to = تُمنح هذه الشهادة إلى
certificate-has-completed = لإتمام الدورة التدريبية بنجاح
certificate-version = الإصدار { $version }
certificate-hours = { $count ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
certificate-score = النتيجة النهائية { $score }
certificate-percent = { $value }٪
certificate-decimal-mark = ,
certificate-completed-on = تاريخ الإتمام: { $date }
certificate-valid-until = صالحة حتى { $date }
certificate-published-by = الجهة الناشرة للدورة: { $publisher }
certificate-code = رمز التحقق
certificate-verify-hint = للتحقق دون اتصال: fieldcourse verify
certificate-device-key = موقّعة بالمفتاح الخاص بهذا الجهاز، لا بمفتاح { $organisation }
certificate-description = إتمام الدورة التدريبية «{ $course }».
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
course-open = فتح
course-start = ابدأ الدورة
course-module-heading = الوحدة { $number }: { $title }
course-quiz-line = { $title }: { $count } أسئلة في كل محاولة، ودرجة النجاح { $percent }٪.
course-quiz-attempts = { $count ->
    [one] محاولة واحدة.
    [two] محاولتان.
    [few] { $count } محاولات.
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
lesson-case-study = دراسة حالة
lesson-reflection = للتأمل
lesson-previous = الدرس السابق
lesson-next = الدرس التالي
lesson-finish = العودة إلى الدورة
callout-note = ملاحظة
callout-tip = نصيحة
callout-warning = تنبيه
callout-key-points = نقاط أساسية

## مشغّل الاختبار
course-take-quiz = ابدأ الاختبار
quiz-open-failed = تعذّر فتح هذا الاختبار: { $reason }
quiz-progress = السؤال { $number } من { $count }
quiz-picture = صورة: { $alt }
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
quiz-type-number = عدد، مثل 12 أو 3,5
quiz-check = تحقّق
quiz-next = السؤال التالي
quiz-previous = السؤال السابق
quiz-submit = أرسل الإجابات
quiz-correct = إجابة صحيحة
quiz-partly = صحيحة جزئيًا
quiz-incorrect = ليست تمامًا
quiz-right-answer = الإجابة الصحيحة: { $answer }
quiz-why = السبب: { $explanation }
quiz-not-answered = (بلا إجابة)
quiz-not-saved = تعذّر حفظ إجابتك، لذلك ما زالت ظاهرة على الشاشة. حاول مرة أخرى بعد لحظة؛ وإن تكرّر الخطأ فأخبر المدرّب. السبب: { $reason }
quiz-not-submitted = تعذّر إرسال إجاباتك. إجاباتك محفوظة: حاول مرة أخرى بعد لحظة، أو عُد لاحقًا لإرسالها. السبب: { $reason }
quiz-not-a-number = هذا ليس عددًا يستطيع الاختبار قراءته. اكتب أرقامًا، مثل 12 أو 3,5.
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
quiz-points = { $points } من { $max } نقاط
quiz-pass-mark = درجة النجاح: { $percent }٪
quiz-passed = ناجح
quiz-not-passed = لم تنجح بعد
quiz-attempts-left = { $count ->
    [zero] لم تبقَ أي محاولة.
    [one] بقيت محاولة واحدة.
    [two] بقيت محاولتان.
    [few] بقيت { $count } محاولات.
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
quiz-match-pair = { $left } ← { $right }
quiz-out-of-attempts = استنفدت كل المحاولات المتاحة لهذا الاختبار
quiz-attempts-used = { $count ->
    [one] أجريت محاولة واحدة.
    [two] أجريت محاولتين.
    [few] أجريت { $count } محاولات.
   *[other] أجريت { $count } محاولة.
}
quiz-best-score = أفضل درجة لك: { $percent }٪
quiz-out-of-attempts-passed = لقد نجحت، فلا حاجة إلى شيء آخر هنا. راجع الدروس متى شئت.
quiz-out-of-attempts-help = لتحاول مرة أخرى، اطلب من المدرّب محاولات إضافية. وفي الأثناء، راجع دروس الوحدة.
