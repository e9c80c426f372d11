# Fieldcourse interface text: English (the fallback language).

app-title = Fieldcourse

## Library
library-heading = Your courses
library-loading = Looking for courses…
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
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-lessons = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
course-duration = { $minutes } min
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
problems-show-all = Show all { $count } problems
problems-show-fewer = Show fewer

## Certificate
certificate-heading = Certificate of Completion
certificate-presented-to = This certifies that
certificate-has-completed = has successfully completed the course
certificate-version = Version { $version }
certificate-hours = { $count ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
certificate-score = Final score { $score }
certificate-percent = { $value }%
certificate-decimal-mark = .
certificate-completed-on = Completed on { $date }
certificate-valid-until = Valid until { $date }
certificate-published-by = Course published by { $publisher }
certificate-code = Verification code
certificate-verify-hint = Check it offline: fieldcourse verify
certificate-device-key = Signed with this device’s own key, not with a key of { $organisation }
certificate-description = Completion of the course “{ $course }”.
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
lesson-case-study = Case study
lesson-reflection = Think about it
lesson-previous = Previous lesson
lesson-next = Next lesson
lesson-finish = Back to the course
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
library-switch-learner = { $name }: switch learner
library-open-failed = This course could not be opened: { $problem }

## Lesson reader: notes and saving
lesson-note-placeholder = Write your thoughts here. Only you can see them.
lesson-note-private = Your note is private and saved on this computer.
lesson-note-saving = Saving…
lesson-save-failed = Your progress could not be saved: { $problem }

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
keys-zoom = Ctrl+Plus, Ctrl+Minus
keys-reload = F5
shortcut-help = Show or hide this list
shortcut-focus = Move to the next or previous field
shortcut-activate = Confirm: open, check the answer, go on
shortcut-back = Go back one screen
shortcut-lessons = Previous or next lesson (mirrored in Arabic)
shortcut-scroll = Scroll a little
shortcut-page = Scroll a screenful
shortcut-ends = Go to the top or the bottom
shortcut-answer = Pick answer 1 to 9 in a quiz
shortcut-toggle = Tick or untick the chosen answer
shortcut-zoom = Larger or smaller text
shortcut-reload = Read the course folders again

## Progress file problems
store-failed-heading = Your progress file could not be opened
store-failed-help = Nothing was changed. Close other copies of Fieldcourse and start it again. If this keeps happening, give your trainer the folder { $folder }: it holds the progress file and its daily backups, which the command “fieldcourse backup restore” can bring back.
course-not-translated = This course has no translation in your language yet, so it is shown in its own language: { $language }.
