# Fieldcourse interface text: English (the fallback language).

app-title = Fieldcourse

## Library
library-heading = Your courses
library-loading = Looking for courses…
library-opening = Opening…
library-count = { $count ->
    [one] One course
   *[other] { $count } courses
}
library-empty-title = No courses yet
library-empty-body = Ask your trainer for a course, then put its folder in { $folder } and press Reload.
library-reload = Reload
library-folders = Courses are read from these folders:

## A course card
course-by = By { $publisher }
course-languages = Languages: { $languages }
# Between the items of a list written inline, such as the languages of a course.
list-separator = {", "}
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-lessons = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
course-broken-badge = Needs fixing
course-broken-summary = { $count ->
    [one] One problem keeps this course from opening. Ask its author to fix it:
   *[other] { $count } problems keep this course from opening. Ask its author to fix them:
}
course-warnings = { $count ->
    [one] One suggestion for the author
   *[other] { $count } suggestions for the author
}

## Problems in a course
problem-error = Problem
problem-warning = Suggestion
problem-where = { $file }, line { $line }, column { $column }
problem-fix = What to do: { $hint }
diagnostic-io = This file could not be read.
diagnostic-too-large = This file is larger than Fieldcourse accepts (64 MB).
diagnostic-not-a-course = This folder holds no course.json.
diagnostic-syntax = This file is not valid JSON: a comma, a quotation mark or a bracket is wrong or missing.
diagnostic-type = A value here has the wrong type (text where a number belongs, for example).
diagnostic-unknown-field = This field is not part of the course format.
diagnostic-missing-field = A required field is missing here.
diagnostic-invalid-value = This value is not allowed here.
diagnostic-newer-format = This course needs a newer Fieldcourse.
diagnostic-duplicate-id = This id is used twice in the course.
diagnostic-malformed-id = An id may hold only lowercase letters, digits and hyphens.
diagnostic-empty-text = A title or text that must not be empty is empty.
diagnostic-answer-key = This question's answer does not fit its kind of question.
diagnostic-unused-field = This field is set where it has no effect.
diagnostic-quiz-settings = A quiz setting cannot work as given (more questions drawn than the quiz holds, for example).
diagnostic-asset = A file the course uses is missing or lies outside the course folder.
diagnostic-missing-alt = A picture has no description for learners who cannot see it.
diagnostic-translation = A translation does not match the course it translates.
diagnostic-untranslated = Parts of a translation are not translated yet: learners see them in the course’s own language.
diagnostic-completion = The completion rule names a lesson or quiz the course does not have.
diagnostic-empty-lesson = This lesson has no content.
diagnostic-no-explanations = No question of this quiz explains its answer.
diagnostic-longest-option = In most questions the right option is the longest, so learners can guess it.
diagnostic-lopsided-true-false = Most true or false statements of this quiz have the same answer.
diagnostic-all-none-of-the-above = An option reads “all of the above” or “none of the above”.
diagnostic-absolute-words = Words such as “always” and “never” appear mostly in wrong options, so learners can guess from them.
diagnostic-near-duplicate = Two questions are almost the same.
diagnostic-answer-position = The options are not shuffled and the right one is always in the same place.
problem-field = Place in the file: { $pointer }
problem-place = Place in the file: { $place } ({ $pointer })
place-module = module { $number }
place-lesson = lesson { $number }
place-block = block { $number }
place-quiz = quiz
place-final-assessment = final assessment
place-question = question { $number }
place-option = option { $number }
place-pair = pair { $number }
place-item = item { $number }
place-distractor = wrong match { $number }
place-accepted-answer = accepted answer { $number }
place-partial-answer = answer for part marks { $number }
problems-show-all = Show all { $count } problems
problems-show-fewer = Show fewer

## Certificate
certificate-heading = Certificate of Completion
certificate-presented-to = This certifies that
certificate-has-completed = has successfully completed the course
certificate-version = Version { $version }
certificate-score = Final score { $score }
certificate-percent = { $value }%
certificate-decimal-mark = .
certificate-completed-on = Completed on { $date }
certificate-valid-until = Valid until { $date }
certificate-published-by = Course published by { $publisher }
certificate-code = Verification code
certificate-verify-hint = Check it offline: fieldcourse verify FILE.pdf
certificate-verify-scan = Scan the code or open this page to check it:
certificate-device-key = Signed with this device’s own key, not with a key of { $organisation }
certificate-criteria = Completed every required lesson and passed every required quiz.
certificate-date = { $day } { $month } { $year }
certificate-month-1 = January
certificate-month-2 = February
certificate-month-3 = March
certificate-month-4 = April
certificate-month-5 = May
certificate-month-6 = June
certificate-month-7 = July
certificate-month-8 = August
certificate-month-9 = September
certificate-month-10 = October
certificate-month-11 = November
certificate-month-12 = December

## Course overview
course-start = Start the course
course-module-heading = Module { $number }: { $title }
course-quiz-line = { $title }: { $count ->
    [one] one question
   *[other] { $count } questions
} per attempt, pass mark { $percent }%.
course-quiz-attempts = { $count ->
    [one] One attempt.
   *[other] { $count } attempts.
}
course-certificate = Completing the course earns a certificate from { $organisation }.
nav-library = Library
nav-course = Course overview

## Lesson reader
lesson-hide-outline = Hide outline
lesson-show-outline = Show outline
lesson-empty = This lesson has no content yet.
lesson-progress = Lesson { $number } of { $count }
lesson-picture-missing = This picture could not be shown ({ $reason }). It shows: { $alt }
lesson-picture-reading = Loading the picture…
lesson-case-study = Case study
lesson-reflection = Think about it
lesson-previous = Previous lesson
lesson-next = Next lesson
lesson-finish = Back to the course
lesson-to-quiz = On to the quiz
lesson-outline-quiz = Quiz: { $title }
callout-note = Note
callout-tip = Tip
callout-warning = Warning
callout-key-points = Key points

## Course overview: progress
course-continue = Continue
course-review = Review the course
course-continue-where = Continue where you left off
course-completed = Course completed
course-lessons-done = { $done } of { $total } lessons done
course-lesson-done = Done
course-lesson-todo = To read
course-quiz-take = Take the quiz
course-quiz-resume = Resume your attempt
course-quiz-retake = Take it again
course-quiz-passed = Passed with { $percent }%.
course-quiz-out-of-attempts = No attempts left. Your best score was { $percent }%. Ask your trainer if you need another try.
course-quiz-best = Best score so far { $percent }%. { $left ->
    [-1] You can try again.
    [0] No attempts left.
    [one] One attempt left.
   *[other] { $left } attempts left.
}
course-certificate-ready = Everything is done: your certificate is ready.
course-certificate-needs = Still to do for the certificate:
course-certificate-lessons-left = { $count ->
    [one] One lesson to read.
   *[other] { $count } lessons to read.
}
course-certificate-quiz-left = Pass “{ $title }”.
nav-back = Back
nav-settings = Settings

## Who is learning?
learners-heading = Who is learning?
learners-intro = Choose your name to continue where you left off. Each learner's progress is kept apart.
learners-add = + Add a learner
learners-add-heading = Add a learner
learners-add-intro = Your progress, quiz scores and certificates are kept on this computer under your name.
learners-name = Your name
learners-certificate-name = Name on certificates (if different)
learners-new-pin = PIN (optional)
learners-pin-hint = A PIN of 4 to 32 characters keeps others on this computer out of your progress. Leave it empty if the computer is yours alone.
learners-create = Start learning
learners-cancel = Cancel
learners-has-pin = PIN protected
learners-pin-heading = { $name }, enter your PIN
learners-pin-placeholder = PIN
learners-open = Open
learners-name-needed = Please type a name first.
learners-wrong-pin = That PIN is not right. Try again, or ask your trainer to reset it.
pin-checking = Checking the PIN…
pin-saving = Saving the PIN…
library-switch-learner = { $name }: switch learner
library-open-failed = This course could not be opened: { $problem }

## Lesson reader: notes and saving
lesson-note-placeholder = Write your thoughts here. Only you can see them.
lesson-note-private = Your note is private and saved on this computer.
lesson-note-saving = Saving…

## Settings
settings-heading = Settings
settings-language = Language
settings-theme = Colours
settings-text-size = Text size
settings-percent = { $percent }%
settings-names = Names
settings-certificate-name-hint = Certificates show this name exactly as typed, with accents. Leave it empty to use your name.
settings-save-names = Save names
settings-names-saved = Saved.
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast

## Keyboard shortcuts (F1)
shortcuts-heading = Keyboard shortcuts
shortcuts-close = Press F1 or Escape to close this list.
keys-f1 = F1
keys-tab = Tab, Shift+Tab
keys-enter = Enter
keys-escape = Escape
keys-arrows-side = Left, Right
keys-arrows-updown = Up, Down
keys-page = Page Up, Page Down, Space
keys-home-end = Home, End
keys-digits = 1 to 9
keys-space = Space
keys-list = Alt+Down
keys-zoom = Ctrl+Plus, Ctrl+Minus
keys-reload = F5
shortcut-help = Show or hide this list
shortcut-focus = Move the focus ring to the next or previous control
shortcut-activate = Confirm: open, check the answer, go on
shortcut-back = Go back one screen
shortcut-lessons = Previous or next lesson (mirrored in Arabic)
shortcut-scroll = Scroll a little
shortcut-page = Scroll a screenful
shortcut-ends = Go to the top or the bottom
shortcut-answer = Pick answer 1 to 9 in a quiz
shortcut-toggle = Press the focused button or tick the focused answer
shortcut-list = Open the focused pick list (Up, Down, then Enter)
shortcut-zoom = Larger or smaller text
shortcut-reload = Read the course folders again

## Progress file problems
store-failed-heading = Your progress file could not be opened
store-failed-help = Nothing was changed. Close other copies of Fieldcourse and start it again. If this keeps happening, give your trainer the folder { $folder }: it holds the progress file and its daily backups, which your trainer can bring back.
course-not-translated = This course has no translation in your language yet, so it is shown in its own language: { $language }.
course-partly-translated = Some parts of this course are not yet translated and are shown in { $language }.

## Certificate screen
course-see-certificate = Your certificate
cert-screen-title = Your certificate
cert-issued-now = Well done: you have completed the course. Your certificate is ready.
cert-none = This course does not give a certificate.
cert-failed = The certificate could not be prepared: { $error }
completion-not-saved = Your work is saved, but finishing the course could not be recorded: { $problem } It is tried again each time you open the course.
cert-save-pdf = Save PDF
cert-open-to-print = Open to print
cert-save-where = The PDF will be saved in this folder:
cert-saving = Saving…
cert-saved = Saved. Your certificate is here:
cert-saved-json = Its digital credential is beside it:
cert-save-failed = The PDF could not be saved: { $error }
cert-opening = Opening the PDF…
cert-opened = The PDF is open in your PDF viewer: print it from there.
cert-no-viewer = No program to show PDFs was found on this computer. Copy the saved certificate to a computer with a printer:
cert-not-yet-title = Not finished yet
cert-not-yet-body = Your certificate is issued as soon as you finish what is listed below.
cert-lessons-left = { $count ->
    [one] One lesson to finish
   *[other] { $count } lessons to finish
}
cert-quizzes-left = { $count ->
    [one] One quiz to pass
   *[other] { $count } quizzes to pass
}

## Trainer area
trainer-open = Trainer area
trainer-title = Trainer area
trainer-tab-import = Import a course
trainer-tab-learners = Learners
trainer-tab-report = Report
trainer-tab-register = Certificates
trainer-read-failed = The progress file could not be read: { $error }
trainer-import-heading = Import a course
trainer-import-body = Type the path of a course package (.fcourse), a course folder or its course.json file. The course is checked first and installed only if it has no problems.
trainer-import-placeholder = /media/usb/my-course
trainer-import = Import
trainer-import-no-path = Type the path of a course folder first.
trainer-import-checking = Checking and copying the course…
trainer-import-done = Installed “{ $title }”, version { $version }. Learners find it in the library now.
trainer-import-refused = { $count ->
    [one] Not installed: one problem must be fixed first. Give this list to the course author:
   *[other] Not installed: { $count } problems must be fixed first. Give this list to the course author:
}
trainer-import-failed = The course could not be installed: { $error }
package-incomplete = { $file } is not a complete Fieldcourse package. It may have been cut short while it was copied: copy it again from the original and import the new copy.
package-not-zip = { $file } is not a Fieldcourse package. Choose the .fcourse file itself, or a course folder.
package-unsupported = { $file } uses a zip feature Fieldcourse does not read (encryption or an unusual compression). Ask for the package to be made again with Fieldcourse.
trainer-learners-heading = { $count ->
    [one] One learner on this computer
   *[other] { $count } learners on this computer
}
trainer-no-learners = No learners yet. Learners appear here once they have added their name.
trainer-learner-not-started = Has not started a course yet.
trainer-progress-lessons = Lessons { $done } of { $total }
trainer-progress-quizzes = Quizzes passed { $passed } of { $total }
trainer-progress-completed = Completed
trainer-progress-certified = Certificate issued
trainer-report-heading = Progress report
trainer-report-body = A spreadsheet file (CSV) with one line per learner and course: lessons done, quiz results, completion and certificate.
trainer-export-csv = Export CSV report
trainer-export-where = The report will be saved in this folder:
trainer-export-writing = Writing the report…
trainer-export-done = Report saved here:
trainer-export-failed = The report could not be saved: { $error }
trainer-register-heading = { $count ->
    [one] One certificate issued on this computer
   *[other] { $count } certificates issued on this computer
}
trainer-no-certificates = No certificates issued yet.
trainer-register-learner = Learner
trainer-register-course = Course
trainer-register-date = Date
trainer-register-code = Code

## Quiz player
quiz-open-failed = This quiz could not be opened: { $reason }
quiz-progress = Question { $number } of { $count }
quiz-hint-single = Choose one answer (or press its number).
quiz-hint-multiple = Choose every answer that applies (or press their numbers).
quiz-hint-true-false = Is it true or false? (Press 1 for true, 2 for false.)
quiz-hint-matching = Match each item on the left with one from its list.
quiz-hint-ordering = Put the items in order with the Up and Down buttons.
quiz-hint-short = Type your answer, then press Enter.
quiz-hint-numeric = Type a number, then press Enter.
quiz-true = True
quiz-false = False
quiz-choose = Choose…
quiz-move-up = Up
quiz-move-down = Down
quiz-type-answer = Your answer
quiz-type-number = A number, such as 12 or 3.5
quiz-check = Check
quiz-next = Next question
quiz-previous = Previous question
quiz-submit = Submit answers
quiz-correct = Correct
quiz-partly = Partly right
quiz-partly-share = Partly right: { $percent }% of the points
quiz-incorrect = Not quite
quiz-right-answer = The right answer: { $answer }
quiz-why = Why: { $explanation }
quiz-not-answered = (no answer)
quiz-not-saved = Your answer could not be saved, so it is still on screen. Try again in a moment; if it keeps failing, tell your trainer. Reason: { $reason }
quiz-not-submitted = Your answers could not be submitted. They are saved: try again in a moment, or come back later and submit. Reason: { $reason }
quiz-not-a-number = That is not a number this quiz can read. Type digits, such as 12 or 3.5.
quiz-course-changed = This question changed since the attempt started and cannot be marked. Tell your trainer. Reason: { $reason }
quiz-unanswered = { $count ->
    [one] Question { $numbers } has no answer yet. It will score 0 if you submit now.
   *[other] Questions { $numbers } have no answer yet. They will score 0 if you submit now.
}
quiz-keep-answering = Keep answering
quiz-submit-anyway = Submit anyway

## Quiz results
quiz-results-title = Results: { $title }
quiz-score = Your score: { $percent }%
quiz-points = { $points } of { $max } points
quiz-pass-mark = Pass mark: { $percent }%
quiz-passed = Passed
quiz-not-passed = Not passed yet
quiz-attempts-left = { $count ->
    [0] No attempts left.
    [one] One attempt left.
   *[other] { $count } attempts left.
}
quiz-try-again = Try again
quiz-back-to-course = Back to the course
quiz-not-started = A new attempt could not start: { $reason }
quiz-review = Review
quiz-question-number = Question { $number }
quiz-your-answer = Your answer: { $answer }
quiz-review-hidden = This quiz shows only the score, not the answers.
quiz-number-tolerance = { $value } (give or take { $tolerance })
quiz-number-range = any number from { $min } to { $max }
quiz-partial-answers = Also worth part of the points: { $answers }
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = You have used every attempt at this quiz
quiz-attempts-used = { $count ->
    [one] You made one attempt.
   *[other] You made { $count } attempts.
}
quiz-best-score = Your best score: { $percent }%
quiz-out-of-attempts-passed = You passed, so nothing more is needed here. Review the lessons any time.
quiz-out-of-attempts-help = To try again, ask your trainer for more attempts. Meanwhile, review the module's lessons.
course-quiz-open-locked = Open the quiz

## Trainer PIN
trainer-tab-pin = Trainer PIN
trainer-pin-is-set = A trainer PIN is set: the trainer area asks for it before it opens.
trainer-pin-not-set = No trainer PIN is set: anyone using this computer can open the trainer area. On a shared laptop, set one.
trainer-pin-new = New PIN (4 to 32 characters)
trainer-pin-save = Set the PIN
trainer-pin-remove = Remove the PIN
trainer-pin-saved = The trainer PIN is set.
trainer-pin-removed = The trainer PIN is removed: the trainer area is open on this computer.
trainer-pin-heading = Trainer area
trainer-pin-intro = Enter the trainer PIN. It keeps learners' results and course installation for trainers.
trainer-pin-wrong = That is not the trainer PIN. Try again.

## Importing: older versions and dropped files
trainer-import-drop = You can also drop a package, a course folder or its course.json on this window.
trainer-import-older = { $id } version { $installed } is installed; this is the older version { $offered }.
trainer-import-older-body = Learners keep their progress on the lessons and quizzes both versions share. Install the older version only if you mean to go back to it.
trainer-import-keep = Keep the installed version
trainer-import-install-older = Install the older version
trainer-import-replaced = It replaces version { $version }: { $added ->
    [one] one lesson or quiz is new
   *[other] { $added } lessons or quizzes are new
} and { $removed ->
    [one] one is gone
   *[other] { $removed } are gone
}. Learners keep their progress on everything that remains.
trainer-import-where = Copied to { $folder }
trainer-import-replaced-bundled = The library now shows it in place of version { $version } that came with the app, which stays on this computer: { $added ->
    [one] one lesson or quiz is new
   *[other] { $added } lessons or quizzes are new
} and { $removed ->
    [one] one is gone
   *[other] { $removed } are gone
}. Learners keep their progress on everything that remains.
trainer-import-same-version = It replaces the copy of version { $version } that was installed. Learners keep their progress.
trainer-import-no-suggestions = The checks found nothing to suggest to the author.
drop-open-trainer = To install a course, open the trainer area and drop the file there.

## Live preview
trainer-preview-heading = Preview a course you are writing
trainer-preview-body = Type the path of a course folder to see it as learners will. The preview reloads each time you save a file in that folder, and nothing done in it is saved.
trainer-preview-placeholder = /home/me/courses/my-course
trainer-preview = Preview
trainer-preview-no-path = Type the path of a course folder first.
preview-title = Fieldcourse preview
preview-failed = The preview could not open: { $reason }
preview-not-a-folder = { $path } is not a folder. Give the course folder, the one that holds course.json.
preview-learner = Preview learner
preview-item-gone = “{ $id }” is no longer in the course, so its overview is shown instead.
preview-broken-title = This course cannot be shown yet
preview-broken-body = Fix the problems listed beside this text and save the file: the preview reloads by itself.
preview-band = Preview of { $folder } · nothing is saved
preview-watching = Watching for changes
preview-reloaded = { $count ->
    [one] Reloaded once
   *[other] Reloaded { $count } times
}
preview-close = Close preview
preview-problems-errors = { $count ->
    [one] One problem to fix
   *[other] { $count } problems to fix
}
preview-problems-warnings = { $count ->
    [one] One suggestion
   *[other] { $count } suggestions
}
preview-showing-last = The course shown is the last version that had no errors.

## Learning records (xAPI)
trainer-tab-records = Learning records
records-heading = Send learning records
records-body = Every lesson finished, answer given, quiz passed and certificate earned on this computer is kept as a learning record until it reaches your organisation's learning record store (LRS). Sending again never counts anything twice.
records-heading-file = Learning records
records-body-file = Every lesson finished, answer given, quiz passed and certificate earned on this computer is kept as a learning record. This copy of Fieldcourse cannot send them over the network: save them to a file and give it to whoever collects them for your organisation's learning record store (LRS).
records-waiting = { $count ->
    [0] No records are waiting: everything has been sent.
    [one] One record is waiting to be sent.
   *[other] { $count } records are waiting to be sent.
}{ $exported ->
    [0] {""}
   *[other] {" "}({ $exported } of them already saved to a file.)
}
records-count-failed = The learning records could not be counted.
records-endpoint = LRS address
records-no-endpoint = Type the address of your organisation’s LRS first. Ask whoever runs it for the address, a user name and a password.
records-user = User name (LRS key)
records-password = Password (LRS secret)
records-remembered = The address, user name and password are remembered in lrs.json in the data folder, which only your account on this computer can read.
records-send = Send learning records
records-save = Save to a file
records-sending = Sending… { $delivered } of { $total } records delivered.
records-sent = { $sent ->
    [0] Nothing new needed sending.
    [one] One record was delivered.
   *[other] { $sent } records were delivered.
}{ $held ->
    [0] {""}
   *[other] {" "}The LRS already held { $held } from an earlier try.
}
records-send-failed = Not sent: { $error }
records-plain-http = Not sent: this address starts with http://, so the user name and password would cross the network unencrypted, where others could read them. Ask for the LRS's https:// address. If this network is private and you accept the risk, tick the box below and send again.
records-allow-http = Send over unencrypted http:// all the same
trainer-log-help = If something goes wrong, Fieldcourse notes what happened in its log, in the folder { $folder }. Give the files in it to whoever supports you.
records-saving = Saving the records…
records-saved = { $count ->
    [one] One record was saved. Carry this file to a computer with a connection; the records stay here until they are sent.
   *[other] { $count } records were saved. Carry this file to a computer with a connection; the records stay here until they are sent.
}
records-save-failed = The records could not be saved: { $error }

## PIN waits, the first visit to the trainer area, learners' PINs, one window per data folder
pin-wait = { $seconds ->
    [one] Too many wrong PINs. Try again in { $seconds } second, or ask your trainer to set a new PIN.
   *[other] Too many wrong PINs. Try again in { $seconds } seconds, or ask your trainer to set a new PIN.
}
learners-pin-empty = Type your PIN first.
folder-in-use-heading = Fieldcourse is already open
folder-in-use-body = Another Fieldcourse window, or a command such as “fieldcourse backup restore”, is using the data folder { $folder }. This window has opened nothing and changed nothing. Close the other one, then start Fieldcourse again.
trainer-setup-heading = Protect the trainer area
trainer-setup-intro = The trainer area shows every learner's results and installs courses. Set a trainer PIN so that only trainers can open it.
trainer-pin-repeat = The same PIN again
trainer-setup-save = Set the PIN and open
trainer-setup-open-intro = On a computer only trainers use, you can leave the trainer area open instead. Fieldcourse remembers this choice and shows a warning in the trainer area.
trainer-setup-leave-open = Leave the trainer area open on this computer
trainer-pin-mismatch = The two PINs are not the same. Type them again.
pin-length = A PIN has at least { $min } and at most { $max } characters (digits or letters). Choose another one.
trainer-left-open-warning = The trainer area is open on this computer: anyone using it can see every learner's results and install courses.
trainer-left-open-set-pin = Set a trainer PIN
trainer-learner-has-pin = Signs in with a PIN.
trainer-learner-no-pin = Signs in without a PIN.
trainer-learner-pin-reset = Set a new PIN
trainer-learner-pin-set = Set a PIN
trainer-learner-pin-remove = Remove the PIN
trainer-learner-pin-save = Save the PIN
trainer-learner-pin-saved = { $name } now signs in with the new PIN. Tell them what it is.
trainer-learner-pin-removed = { $name } now signs in without a PIN.

## Trainer area: how well each quiz question works
trainer-tab-questions = Questions
trainer-questions-heading = How well each question works
trainer-questions-body = Pick a course and a quiz. Each bar is one question: the share of learners who got it right. Choose a question in the list to see what learners answered. The figures come from the learners on this computer and from the records files of other laptops collected here.
trainer-questions-no-courses = No course with a quiz was found. Import a course first.
trainer-questions-course = Course
trainer-questions-quiz = Quiz
trainer-questions-scope-first = Showing each learner's first attempt: show all attempts
trainer-questions-scope-all = Showing all attempts: show first attempts only
trainer-questions-no-attempts = No learner has submitted this quiz yet.
trainer-questions-attempts = { $count ->
    [one] 1 attempt analysed
   *[other] { $count } attempts analysed
}
trainer-questions-collected = { $count ->
    [one] Of these, 1 attempt was taken on another laptop and came in its records file.
   *[other] Of these, { $count } attempts were taken on other laptops and came in their records files.
}
trainer-questions-scores = Average score { $mean } · median { $median } · spread (SD) { $sd }
trainer-questions-pass-rate = Pass rate { $rate } (pass mark { $mark })
trainer-questions-alpha = Consistency (Cronbach's alpha) { $alpha }: 0.7 or more means the quiz ranks learners consistently.
trainer-questions-unreadable = { $count ->
    [one] One attempt could not be read and is left out.
   *[other] { $count } attempts could not be read and are left out.
}
trainer-questions-facility-chart = Share of right answers per question
trainer-questions-score-chart = Scores
trainer-questions-pass-line = The dashed line is the pass mark ({ $mark }).
trainer-questions-list = Questions
trainer-questions-facts = Drawn { $drawn } times · right { $facility } · SD { $sd } · discrimination { $discrimination }
trainer-questions-right-answer = Right answer: { $answer }
trainer-questions-options = What learners picked
trainer-questions-right-option = { $option } (right answer)
trainer-questions-share = { $share } ({ $count })
trainer-questions-wrong-answers = Most frequent wrong answers
trainer-questions-wrong-answer = “{ $answer }”: { $count }
trainer-questions-partial = How partly right answers spread
trainer-questions-partial-line = { $score } of the points: { $count }
trainer-flag-very-easy = Very easy
trainer-flag-very-hard = Very hard
trainer-flag-does-not-separate = Does not separate strong from weak learners
trainer-flag-check-key = Stronger learners tend to get it wrong: check the answer key
trainer-flag-unpicked-option = A wrong option nobody picks
trainer-flag-too-few = Too few answers to judge
trainer-flag-none = No flags
trainer-legend-fine = no flag
trainer-legend-warn = worth a look
trainer-legend-danger = check the answer key
trainer-legend-too-few = too few answers

## Trainer area: the programme, every learner of the round from every device

trainer-tab-programme = Programme
trainer-programme-heading = { $count ->
    [one] One learner in the programme
   *[other] { $count } learners in the programme
}
trainer-programme-body = Everyone who learned on this laptop or on a device whose records you collected. A learner who used two laptops shows twice: select both and tell Fieldcourse they are the same person.
trainer-programme-empty = No learners yet. Learners of this laptop appear here, and so do those of every device whose records you collect.
trainer-programme-course = Course
trainer-programme-device = Device
trainer-programme-status = Status
trainer-programme-sort = Sort by
trainer-programme-all = All
trainer-programme-this-laptop = This laptop
trainer-programme-not-started = Not started
trainer-programme-in-progress = In progress
trainer-programme-completed = Completed
trainer-programme-sort-name = Name
trainer-programme-sort-device = Device
trainer-programme-sort-progress = Progress
trainer-programme-sort-activity = Last activity
trainer-programme-column-learner = Learner and device
trainer-programme-column-course = Course and progress
trainer-programme-column-scores = Best scores
trainer-programme-column-certificate = Certificate and last activity
trainer-programme-no-match = No learner matches these choices.
trainer-programme-select = Select
trainer-programme-selected = Selected
trainer-programme-undo = Undo
trainer-programme-select-hint = { $selected ->
    [0] To join the two records of one person, select both.
    [1] Select one more learner to join with this one.
    [2] Two learners selected.
   *[other] To join the records of one person, select exactly two.
}
trainer-programme-join = These are the same person
trainer-programme-learner-on = { $name } on { $device }
trainer-programme-join-confirm-text = { $first } and { $second } will show as one learner. In each course, the record with the most lessons done counts, every quiz attempt of both counts, and the earliest certificate is kept. Nothing is deleted or changed: Undo shows them apart again.
trainer-programme-join-confirm = Yes, join them
trainer-programme-join-cancel = Cancel
trainer-programme-joined = { $name } now shows as one learner.
trainer-programme-undone = { $name } shows as separate records again.
trainer-programme-quizzes = Quizzes: { $scores }
trainer-programme-no-final = No final assessment
trainer-programme-final-not-taken = Final assessment not taken
trainer-programme-final-passed = Final assessment: { $percent }, passed
trainer-programme-final-failed = Final assessment: { $percent }, not passed
trainer-programme-last-activity = Last active { $date }
trainer-programme-showing = { $first }–{ $last } of { $count }
trainer-programme-previous = Previous
trainer-programme-next = Next
trainer-print-selected = { $count ->
    [one] Print the certificate of the selected learner
   *[other] Print the certificates of the { $count } selected learners
}
trainer-print-course = Print every certificate of { $course }
trainer-print-hint = To print certificates, select learners, or choose a course above to print everyone who completed it.
trainer-print-choose-course = Choose a course above: certificates are printed for one course at a time.
trainer-print-running = Drawing the certificates into a PDF in { $folder }…
trainer-print-done = { $pages ->
    [one] The PDF is ready: one certificate on one page.
   *[other] The PDF is ready: { $pages } certificates, one per page.
}
trainer-print-without = { $count ->
    [one] No certificate for this course yet: { $names }.
   *[other] No certificate for this course yet ({ $count } learners): { $names }.
}
trainer-print-failed = The certificates could not be printed: { $error }
trainer-simulated-remove = { $count ->
    [one] Remove the simulated learner
   *[other] Remove the { $count } simulated learners
}
trainer-simulated-confirm-text = { $count ->
    [one] The simulated learner (practice data) will be deleted from this laptop with all their progress, quiz attempts and certificates. Real learners and collected records stay as they are.
   *[other] The { $count } simulated learners (practice data) will be deleted from this laptop with all their progress, quiz attempts and certificates. Real learners and collected records stay as they are.
}
trainer-simulated-confirm = Yes, remove them
trainer-simulated-cancel = Keep them
trainer-simulated-removing = Removing the simulated learners…
trainer-simulated-removed = { $count ->
    [0] There were no simulated learners left to remove.
    [one] One simulated learner was removed.
   *[other] { $count } simulated learners were removed.
}

## Progress store errors, as the app shows them (the command line has its own wording).
error-progress-database = Your progress could not be saved or read in { $file } ({ $reason }). Check that the computer has free disk space and that the folder may be written to, then try again. If it keeps happening, ask your trainer: that folder also keeps daily backups.
error-progress-io = A file of your progress could not be written or read: { $file } ({ $reason }). Check that the folder exists and the disk has free space, then try again.
error-progress-too-new = Your progress file { $file } was made by a newer Fieldcourse. It was left untouched: ask your trainer to install the newer Fieldcourse on this computer.
error-progress-not-ours = The file { $file } is not a Fieldcourse progress file. It was left untouched: ask your trainer to move it out of the data folder.
error-progress-damaged = Your progress file was damaged. Nothing was deleted: it was kept as { $moved }. Close Fieldcourse and open it again to go on; your trainer can bring back a daily backup.
error-progress-learner-gone = This learner is no longer on this computer. Choose a learner from the list again.
error-progress-pin-wait = { $seconds ->
    [one] Too many wrong PINs. Try again in { $seconds } second, or ask your trainer to set a new PIN.
   *[other] Too many wrong PINs. Try again in { $seconds } seconds, or ask your trainer to set a new PIN.
}
error-progress-open-again = Something on this screen got out of step with your saved progress. Go back and open it again; nothing saved was lost.
error-progress-backup = That backup cannot be used. Nothing was changed: ask your trainer to choose another one.

## What kind of failure a file or the progress file met, inside the messages above and below.
io-not-found = the file or folder is not there
io-not-allowed = this account may not write or read there
io-disk-full = the disk is full
io-already-there = something of that name is already there
io-wrong-kind = a folder stands where a file belongs, or the other way round
io-unreadable = the file's content is damaged or cut short
io-busy = another program is using the file
io-other = the system refused
error-input-name-empty = Type the name to show on this computer.
error-input-name-too-long = This name is longer than { $max } characters. Use a shorter one: the full name can go in “Name on certificates”.
error-input-certificate-name-too-long = The name on certificates is longer than { $max } characters. Shorten it and save again.
error-input-no-language = Choose the language this learner prefers, then save again.
error-input-pin-not-protected = The PIN could not be stored safely. Try again; if it keeps failing, leave the PIN empty for now.
error-file = { $file } could not be used: { $reason }. Check that the folder exists and the disk has free space, then try again.
error-simulated-mixed = { $file } holds real learners next to the simulated ones. Remove the simulated learners from the trainer area of that data folder.
error-folder-in-use = The data folder { $folder } is open in another Fieldcourse window. Close that window, then open Fieldcourse again.
error-folder-lock = The data folder { $folder } could not be taken: { $reason }. Ask whoever looks after this computer to check that folder.

## Course, package, certificate, quiz and learning record errors, as the app shows them.
error-course-unreadable = The course file { $file } could not be read: { $reason }.
error-course-too-large = The course file { $file } is { $megabytes } MB; a course file may be at most 64 MB. Ask the course author to split the course or move large media out of it.
error-course-broken = “{ $course }” has problems its author must fix before it can be read. Tell your trainer.
error-course-refused = “{ $course }” has problems and was not installed. Import it again once the author has fixed them.
error-course-not-installed = The course was not installed: { $file } could not be copied ({ $reason }). Nothing was changed; free some disk space and import it again.
error-package-io = The package { $file } could not be read: { $reason }. Check that the USB stick or folder is still there, then import again.
error-package-not-written = The package could not be made. Nothing was changed; try again.
error-package-broken = This package is incomplete or damaged inside. Ask for a new copy of it from whoever made it.
error-package-too-many = This package holds { $count } files, more than the { $max } a course may have. It was not installed: ask its maker to check it.
error-package-entry = This package holds a file Fieldcourse refuses to unpack ({ $entry }). Nothing was installed: ask for a new copy from whoever made it.
error-package-too-large = This package unpacks to more than { $megabytes } MB, too much for a course. Nothing was installed: ask its maker to check it.
error-package-older = Version { $installed } of “{ $course }” is already installed, and this package holds the older version { $offered }. Nothing was changed.
error-watch-refused = Changes in { $folder } cannot be watched, so the preview will not reload by itself. Close the preview and open it again.
error-watch-stopped = Watching { $folder } stopped, so the preview no longer reloads by itself. Close the preview and open it again.
error-certificate-io = The certificate could not be saved as { $file }: { $reason }. Choose another folder, or free some disk space, and save again.
error-certificate-key = The signing key { $file } cannot be used, so no certificate can be signed. Ask your trainer to look at the certificate settings.
error-certificate-random = This computer gave no random numbers to sign with, so nothing was saved. Try again in a moment.
error-certificate-pdf = The certificate's page could not be laid out. Your certificate is kept: tell your trainer, who can save it from another computer.
error-certificate-stored = The certificate kept on this computer cannot be read back; the progress file may be damaged. Ask your trainer to bring back a daily backup.
error-certificate-trust-file = Line { $line } of { $file } is not a trusted issuer. Ask your trainer to correct that line.
error-quiz-changed = The course changed since this attempt started, so question { $question } no longer fits it. Tell your trainer.
error-quiz-incomplete = Question { $question } is not complete in this course. Tell your trainer, who can ask the course author to fix it.
error-lrs-io = { $file } could not be used: { $reason }. Check the data folder, then send again.
error-lrs-bad-file = The saved LRS details in { $file } cannot be read. Type the address, user name and password again, then send.
error-lrs-bad-address = { $address } is not an LRS address. Type it as whoever runs the LRS gave it, such as https://lrs.example.org/xapi.
error-lrs-not-an-lrs = Something answers at { $address }, but it is not an LRS. Check the address with whoever runs it. Records still waiting: { $pending }.
error-lrs-needs-credentials = The LRS at { $address } asks for a user name and password. Type them above, then send again. Records still waiting: { $pending }.
error-lrs-busy = The LRS at { $address } is busy and asks to wait { $seconds } seconds. Send again after that. Records still waiting: { $pending }.
network-refused = nothing answers at that address
network-host-not-found = that name is not known on the network
network-timed-out = it did not answer in time
network-other = the network failed
error-lrs-no-route = The LRS at { $address } could not be reached: { $cause }. Check the network connection and the address, then send again. Records still waiting: { $pending }.
error-lrs-refused-credentials = The LRS at { $address } refused the user name and password. Check them with whoever runs it. Records still waiting: { $pending }.
error-lrs-rejected = The LRS at { $address } refused the record { $statement }. The records before it arrived. Please report this id to the Fieldcourse team. Records still waiting: { $pending }.
error-lrs-server = The LRS at { $address } answered with an error (HTTP { $status }). Try again later. Records still waiting: { $pending }.
error-lrs-interrupted = Sending stopped after { $delivered } records. The { $pending } others wait and go with the next sending.
# Records for the trainer: records files carried on a USB stick
trainer-tab-records-files = Records for the trainer
carry-save-heading = Save records for the trainer
carry-save-body = Puts every learner of this laptop into one signed file, with their progress, quiz answers, certificates and learning records (PINs stay here). Save it on a USB stick and take it to the trainer's laptop. Each new file replaces the one saved before.
carry-device-name = Name of this laptop, as the trainer will see it
carry-device-placeholder = Laptop 3
carry-save = Choose where to save…
carry-saving = Saving the records in { $folder }… Leave the USB stick plugged in.
carry-saved = { $learners ->
    [one] Saved the records of “{ $device }”: one learner.
   *[other] Saved the records of “{ $device }”: { $learners } learners.
}
carry-saved-size = { $kilobytes } KB, saved in { $milliseconds } ms. You can take the USB stick out now.
carry-save-failed = The records could not be saved: { $error }
carry-collect-heading = Collect records
carry-collect-body = On the trainer's laptop: bring in the records files saved on the learners' laptops. Collecting the same file twice changes nothing, a newer file from a laptop replaces its older one, and the learners of this laptop are never touched.
carry-collect-drop = You can also drop records files, or a folder holding them, on this window.
carry-collect = Choose records files…
carry-collecting = Collecting file { $number } of { $total }: { $file }
carry-collect-failed = Nothing could be collected: { $error }
carry-collected-summary = { $total ->
    [0] No file collected
    [one] { $collected } of one file collected
   *[other] { $collected } of { $total } files collected
}{ $refused ->
    [0] .
    [one] , one refused.
   *[other] , { $refused } refused.
}
carry-file-new = { $file }: collected { $learners ->
    [one] one learner
   *[other] { $learners } learners
} from “{ $device }”, a laptop new here.
carry-file-superseded = { $file }: collected { $learners ->
    [one] one learner
   *[other] { $learners } learners
} from “{ $device }”, replacing its earlier records.
carry-file-unchanged = { $file }: already collected from “{ $device }”. Nothing changed.
carry-file-older = { $file }: newer records of “{ $device }” (saved { $saved }) are already here. Nothing changed.
carry-file-refused = Refused, nothing collected: { $reason }
carry-file-failed = Not collected: { $reason }
picker-save-title = Choose the folder to save in
picker-collect-title = Choose records files, or the folder holding them
picker-in = In { $folder }
picker-places = USB sticks and the home folder
picker-up = Up one folder
picker-reading = Reading…
picker-no-places = No USB stick was found. Plug one in, then press Look again.
picker-no-folders = No folders here. Save here, or go up.
picker-nothing-here = No folders or records files here.
picker-collect-files = { $count ->
    [0] Collect the ticked files
    [one] Collect the ticked file
   *[other] Collect the { $count } ticked files
}
picker-save-here = Save here
picker-print-title = Choose the folder for the certificates PDF
picker-print-here = Save the PDF here
picker-collect-folder = Collect every records file in this folder
picker-refresh = Look again
picker-cancel = Cancel
picker-drive = USB stick { $name }
picker-home = Home folder
error-records-io = { $file } could not be used: { $reason }. Check that the USB stick is plugged in and has free space, then try again.
error-records-not-written = The records file { $file } could not be made. Nothing was written. Try again, and report it if it keeps failing.
error-records-not-records = { $file } is not a Fieldcourse records file. Choose a .fcrecords file saved with “Save records for the trainer”.
error-records-truncated = { $file } is incomplete: the copy or the save was interrupted. Copy it again, or save the records again on its laptop.
error-records-unsigned = { $file } carries no signature of the laptop that saved it. Save the records again on that laptop.
error-records-tampered = { $file } was changed or damaged after its laptop saved it. Save the records again on that laptop and bring the new file.
error-records-newer-format = { $file } was saved by a newer Fieldcourse (records format { $found }; this one reads up to { $supported }). Update Fieldcourse on this laptop, then collect it again.
error-records-unreadable = { $file } is signed by its laptop, but its records cannot be read. Save them again there, with the same Fieldcourse version as this laptop.
error-records-key-mismatch = { $file } says it comes from “{ $device }”, but that laptop's records were first collected here with another signing key. Check that the file really comes from that laptop: a laptop set up again cannot replace the records of the old one.
error-records-own-device = { $file } was saved on this laptop, whose learners are already here. Collect the files of the other laptops.
error-records-inconsistent = The records in { $file } do not hold together. Save them again on their laptop.
error-records-empty-folder = The folder { $folder } holds no records file. Choose the folder the records files were saved in, or the files themselves.

## Signed course packages: who published a course, and whether this device trusts the key
publisher-verified = Published by { $name } (verified)
publisher-verified-detail = Signed with a key this device trusts.
publisher-unknown = Signed as “{ $name }” by a key this device does not trust (not verified)
publisher-unsigned = Not signed: nothing shows who published this package (not verified)
publisher-key = Key: { $did }
trainer-import-unsigned = “{ $course }” version { $version } is not signed.
trainer-import-unsigned-body = Nothing shows who made this package, or that nobody changed it on the way. Install it only if you know where it comes from.
trainer-import-unknown = “{ $course }” version { $version } is signed as “{ $name }”, by a key this device does not trust.
trainer-import-unknown-body = Anyone can make a key and sign under any name. Install it only if you know that this package comes from “{ $name }”. To trust this publisher from now on, install their key on this computer (fieldcourse issuer install).
trainer-import-install-anyway = Install it anyway
trainer-import-cancel = Do not install
trainer-import-new-publisher = The installed “{ $course }” was published by “{ $installed }”; this package is signed by another key, as “{ $offered }”.
trainer-import-new-publisher-unsigned = The installed “{ $course }” was published by “{ $installed }”; this package is not signed.
trainer-import-new-publisher-body = A course rarely changes publisher. Replace it only if you know why; otherwise keep the installed course and ask its publisher.
trainer-import-replace-anyway = Replace it anyway
trainer-import-keep-publisher = Keep the installed course
course-publisher-verified = Published by { $name } · verified
course-publisher-unverified = Signed as “{ $name }” · not verified
error-package-bad-signature = This package's signature does not match its content: it was changed after it was signed, or damaged on the way. Nothing was installed: ask the publisher for a new copy.
error-package-unverified-unsigned = “{ $course }” is not signed, so nothing was installed.
error-package-unverified-unknown = “{ $course }” is signed as “{ $publisher }” by a key this device does not trust, so nothing was installed.
error-package-new-publisher = “{ $course }” was published by “{ $installed }”, and this package comes from another publisher, so nothing was changed.
