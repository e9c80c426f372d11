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
