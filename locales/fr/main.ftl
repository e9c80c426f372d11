# Textes de l'interface de Fieldcourse : français.

app-title = Fieldcourse

## Bibliothèque
library-heading = Vos cours
library-loading = Recherche des cours…
library-count = { $count ->
    [one] Un cours
   *[other] { $count } cours
}
library-empty-title = Aucun cours pour l'instant
library-empty-body = Demandez un cours à votre formateur ou formatrice, placez son dossier dans { $folder }, puis appuyez sur Actualiser.
library-reload = Actualiser
library-folders = Les cours sont lus dans ces dossiers :

## Fiche d'un cours
course-by = Publié par { $publisher }
course-languages = Langues : { $languages }
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-lessons = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
course-duration = { $minutes } min
course-broken-badge = À corriger
course-broken-summary = { $count ->
    [one] Un problème empêche d'ouvrir ce cours. Demandez à son auteur de le corriger :
   *[other] { $count } problèmes empêchent d'ouvrir ce cours. Demandez à son auteur de les corriger :
}
course-warnings = { $count ->
    [one] Une suggestion pour l'auteur
   *[other] { $count } suggestions pour l'auteur
}

## Problèmes dans un cours
problem-error = Problème
problem-warning = Suggestion
problem-where = { $file }, ligne { $line }, colonne { $column }
problem-fix = Que faire : { $hint }
problems-show-all = Afficher les { $count } problèmes
problems-show-fewer = Afficher moins

## Certificate
certificate-heading = Certificat de réussite
certificate-presented-to = Nous certifions que
certificate-has-completed = a suivi avec succès la formation
certificate-version = Version { $version }
certificate-hours = { $count ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
certificate-score = Score final { $score }
certificate-percent = { $value } %
certificate-decimal-mark = ,
certificate-completed-on = Terminée le { $date }
certificate-valid-until = Valable jusqu’au { $date }
certificate-published-by = Formation publiée par { $publisher }
certificate-code = Code de vérification
certificate-verify-hint = Vérification hors ligne : fieldcourse verify
certificate-device-key = Signé avec la clé propre à cet appareil, et non avec une clé de { $organisation }
certificate-description = Réussite de la formation « { $course } ».
certificate-criteria = A terminé toutes les leçons requises et réussi tous les quiz requis.
certificate-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
certificate-month-1 = janvier
certificate-month-2 = février
certificate-month-3 = mars
certificate-month-4 = avril
certificate-month-5 = mai
certificate-month-6 = juin
certificate-month-7 = juillet
certificate-month-8 = août
certificate-month-9 = septembre
certificate-month-10 = octobre
certificate-month-11 = novembre
certificate-month-12 = décembre

## Présentation du cours
course-open = Ouvrir
course-start = Commencer le cours
course-module-heading = Module { $number } : { $title }
course-quiz-line = { $title } : { $count } questions par tentative, seuil de réussite { $percent } %.
course-quiz-attempts = { $count ->
    [one] Une tentative.
   *[other] { $count } tentatives.
}
course-certificate = Terminer le cours donne droit à un certificat délivré par { $organisation }.
nav-library = Bibliothèque
nav-course = Présentation du cours

## Lecture d'une leçon
lesson-hide-outline = Masquer le plan
lesson-show-outline = Afficher le plan
lesson-empty = Cette leçon n'a pas encore de contenu.
lesson-progress = Leçon { $number } sur { $count }
lesson-picture-missing = Cette image n'a pas pu être affichée ({ $reason }). Elle montre : { $alt }
lesson-case-study = Étude de cas
lesson-reflection = À méditer
lesson-previous = Leçon précédente
lesson-next = Leçon suivante
lesson-finish = Retour au cours
callout-note = Remarque
callout-tip = Conseil
callout-warning = Attention
callout-key-points = À retenir

## Lecteur de quiz
course-take-quiz = Faire le quiz
quiz-open-failed = Ce quiz n’a pas pu s’ouvrir : { $reason }
quiz-progress = Question { $number } sur { $count }
quiz-picture = Image : { $alt }
quiz-hint-single = Choisissez une réponse (ou tapez son numéro).
quiz-hint-multiple = Choisissez toutes les réponses justes (ou tapez leurs numéros).
quiz-hint-true-false = Vrai ou faux ? (Tapez 1 pour vrai, 2 pour faux.)
quiz-hint-matching = Associez chaque élément de gauche à un élément de sa liste.
quiz-hint-ordering = Remettez les éléments dans l’ordre avec les boutons Monter et Descendre.
quiz-hint-short = Tapez votre réponse, puis appuyez sur Entrée.
quiz-hint-numeric = Tapez un nombre, puis appuyez sur Entrée.
quiz-true = Vrai
quiz-false = Faux
quiz-choose = Choisir…
quiz-move-up = Monter
quiz-move-down = Descendre
quiz-type-answer = Votre réponse
quiz-type-number = Un nombre, par exemple 12 ou 3,5
quiz-check = Vérifier
quiz-next = Question suivante
quiz-previous = Question précédente
quiz-submit = Envoyer les réponses
quiz-correct = Correct
quiz-partly = En partie juste
quiz-incorrect = Pas tout à fait
quiz-right-answer = La bonne réponse : { $answer }
quiz-why = Pourquoi : { $explanation }
quiz-not-answered = (pas de réponse)
quiz-not-saved = Votre réponse n’a pas pu être enregistrée ; elle reste affichée. Réessayez dans un instant ; si cela continue, prévenez votre formateur. Raison : { $reason }
quiz-not-submitted = Vos réponses n’ont pas pu être envoyées. Elles sont enregistrées : réessayez dans un instant, ou revenez plus tard pour les envoyer. Raison : { $reason }
quiz-not-a-number = Ce n’est pas un nombre que ce quiz sait lire. Tapez des chiffres, par exemple 12 ou 3,5.
quiz-course-changed = Cette question a changé depuis le début de la tentative et ne peut pas être corrigée. Prévenez votre formateur. Raison : { $reason }
quiz-unanswered = { $count ->
    [one] La question { $numbers } n’a pas encore de réponse. Elle vaudra 0 si vous envoyez maintenant.
   *[other] Les questions { $numbers } n’ont pas encore de réponse. Elles vaudront 0 si vous envoyez maintenant.
}
quiz-keep-answering = Continuer à répondre
quiz-submit-anyway = Envoyer quand même

## Résultats du quiz
quiz-results-title = Résultats : { $title }
quiz-score = Votre score : { $percent } %
quiz-points = { $points } points sur { $max }
quiz-pass-mark = Seuil de réussite : { $percent } %
quiz-passed = Réussi
quiz-not-passed = Pas encore réussi
quiz-attempts-left = { $count ->
    [0] Plus aucune tentative.
    [one] Encore une tentative.
   *[other] Encore { $count } tentatives.
}
quiz-try-again = Réessayer
quiz-back-to-course = Retour au cours
quiz-not-started = Une nouvelle tentative n’a pas pu commencer : { $reason }
quiz-review = Correction
quiz-question-number = Question { $number }
quiz-your-answer = Votre réponse : { $answer }
quiz-review-hidden = Ce quiz n’affiche que le score, pas les réponses.
quiz-number-tolerance = { $value } (à { $tolerance } près)
quiz-number-range = n’importe quel nombre de { $min } à { $max }
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = Vous avez utilisé toutes vos tentatives pour ce quiz
quiz-attempts-used = { $count ->
    [one] Vous avez fait une tentative.
   *[other] Vous avez fait { $count } tentatives.
}
quiz-best-score = Votre meilleur score : { $percent } %
quiz-out-of-attempts-passed = Vous avez réussi : il n’y a plus rien à faire ici. Relisez les leçons quand vous voulez.
quiz-out-of-attempts-help = Pour réessayer, demandez d’autres tentatives à votre formateur. En attendant, relisez les leçons du module.
