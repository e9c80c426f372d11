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

## Quiz player
course-take-quiz = Take the quiz
quiz-open-failed = This quiz could not be opened: { $reason }
quiz-progress = Question { $number } of { $count }
quiz-picture = Picture: { $alt }
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
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = You have used every attempt at this quiz
quiz-attempts-used = { $count ->
    [one] You made one attempt.
   *[other] You made { $count } attempts.
}
quiz-best-score = Your best score: { $percent }%
quiz-out-of-attempts-passed = You passed, so nothing more is needed here. Review the lessons any time.
quiz-out-of-attempts-help = To try again, ask your trainer for more attempts. Meanwhile, review the module's lessons.
