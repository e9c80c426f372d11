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
