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
course-open = Open
course-start = Start the course
course-module-heading = Module { $number }: { $title }
course-quiz-line = { $title }: { $count } questions per attempt, pass mark { $percent }%.
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
