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

## Écran du certificat
course-see-certificate = Votre certificat
cert-screen-title = Votre certificat
cert-issued-now = Bravo : vous avez terminé le cours. Votre certificat est prêt.
cert-none = Ce cours ne délivre pas de certificat.
cert-failed = Le certificat n’a pas pu être préparé : { $error }
cert-save-pdf = Enregistrer le PDF
cert-open-to-print = Ouvrir pour imprimer
cert-save-where = Le PDF sera enregistré dans ce dossier :
cert-saving = Enregistrement…
cert-saved = Enregistré. Votre certificat se trouve ici :
cert-saved-json = Son justificatif numérique est à côté :
cert-save-failed = Le PDF n’a pas pu être enregistré : { $error }
cert-opening = Ouverture du PDF…
cert-opened = Le PDF est ouvert dans votre lecteur de PDF : imprimez-le depuis celui-ci.
cert-no-viewer = Aucun programme pour afficher les PDF n’a été trouvé sur cet ordinateur. Copiez le certificat enregistré sur un ordinateur relié à une imprimante :
cert-not-yet-title = Pas encore terminé
cert-not-yet-body = Votre certificat sera délivré dès que vous aurez terminé ce qui est indiqué ci-dessous.
cert-lessons-left = { $count ->
    [one] Une leçon à terminer
   *[other] { $count } leçons à terminer
}
cert-quizzes-left = { $count ->
    [one] Un quiz à réussir
   *[other] { $count } quiz à réussir
}

## Espace formateur
trainer-open = Espace formateur
trainer-title = Espace formateur
trainer-tab-import = Importer un cours
trainer-tab-learners = Apprenants
trainer-tab-report = Rapport
trainer-tab-register = Certificats
trainer-read-failed = Le fichier de progression n’a pas pu être lu : { $error }
trainer-import-heading = Importer un cours
trainer-import-body = Saisissez le chemin d’un dossier de cours ou de son fichier course.json. Le cours est d’abord vérifié, puis installé seulement s’il ne présente aucun problème.
trainer-import-placeholder = /media/usb/mon-cours
trainer-import = Importer
trainer-import-no-path = Saisissez d’abord le chemin d’un dossier de cours.
trainer-import-checking = Vérification et copie du cours…
trainer-import-done = « { $title } » est installé. Les apprenants le trouvent maintenant dans la bibliothèque.
trainer-import-refused = { $count ->
    [one] Non installé : un problème doit d’abord être corrigé. Transmettez cette liste à l’auteur du cours :
   *[other] Non installé : { $count } problèmes doivent d’abord être corrigés. Transmettez cette liste à l’auteur du cours :
}
trainer-import-failed = Le cours n’a pas pu être installé : { $error }
trainer-learners-heading = { $count ->
    [one] Un apprenant sur cet ordinateur
   *[other] { $count } apprenants sur cet ordinateur
}
trainer-no-learners = Aucun apprenant pour l’instant. Les apprenants apparaissent ici dès qu’ils ont ajouté leur nom.
trainer-learner-not-started = N’a pas encore commencé de cours.
trainer-progress-lessons = Leçons : { $done } sur { $total }
trainer-progress-quizzes = Quiz réussis : { $passed } sur { $total }
trainer-progress-completed = Terminé
trainer-progress-certified = Certificat délivré
trainer-report-heading = Rapport de progression
trainer-report-body = Un fichier tableur (CSV) avec une ligne par apprenant et par cours : leçons terminées, résultats aux quiz, achèvement et certificat.
trainer-export-csv = Exporter le rapport CSV
trainer-export-where = Le rapport sera enregistré dans ce dossier :
trainer-export-writing = Écriture du rapport…
trainer-export-done = Rapport enregistré ici :
trainer-export-failed = Le rapport n’a pas pu être enregistré : { $error }
trainer-register-heading = { $count ->
    [one] Un certificat délivré sur cet ordinateur
   *[other] { $count } certificats délivrés sur cet ordinateur
}
trainer-no-certificates = Aucun certificat délivré pour l’instant.
trainer-register-learner = Apprenant
trainer-register-course = Cours
trainer-register-date = Date
trainer-register-code = Code
