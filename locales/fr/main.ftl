# Textes de l’interface de Fieldcourse : français.

app-title = Fieldcourse

## Bibliothèque
library-heading = Vos cours
library-loading = Recherche des cours…
library-opening = Ouverture…
library-count = { $count ->
    [0] Aucun cours
    [one] Un cours
   *[other] { $count } cours
}
library-empty-title = Aucun cours pour l’instant
library-empty-body = Demandez un cours à votre formateur ou formatrice, placez son dossier dans { $folder }, puis appuyez sur Actualiser.
library-reload = Actualiser
library-folders = Les cours sont lus dans ces dossiers :

## Fiche d’un cours
course-by = Publié par { $publisher }
course-languages = Langues : { $languages }
# Entre les éléments d’une liste écrite dans le texte, comme les langues d’un cours.
list-separator = {", "}
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-lessons = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
course-broken-badge = À corriger
course-broken-summary = { $count ->
    [0] Ce cours ne s’ouvre pas. Demandez à son auteur de le vérifier :
    [one] Un problème empêche d’ouvrir ce cours. Demandez à son auteur de le corriger :
   *[other] { $count } problèmes empêchent d’ouvrir ce cours. Demandez à son auteur de les corriger :
}
course-warnings = { $count ->
    [0] Aucune suggestion pour l’auteur
    [one] Une suggestion pour l’auteur
   *[other] { $count } suggestions pour l’auteur
}

## Problèmes dans un cours
problem-error = Problème
problem-warning = Suggestion
problem-where = { $file }, ligne { $line }, colonne { $column }
problem-fix = Que faire : { $hint }
diagnostic-io = Ce fichier n’a pas pu être lu.
diagnostic-too-large = Ce fichier dépasse la taille que Fieldcourse accepte (64 Mo).
diagnostic-not-a-course = Ce dossier ne contient pas de course.json.
diagnostic-syntax = Ce fichier n’est pas du JSON valable : une virgule, un guillemet ou un crochet est erroné ou manquant.
diagnostic-type = Une valeur n’a pas le bon type ici (du texte à la place d’un nombre, par exemple).
diagnostic-unknown-field = Ce champ ne fait pas partie du format des cours.
diagnostic-missing-field = Un champ obligatoire manque ici.
diagnostic-invalid-value = Cette valeur n’est pas permise ici.
diagnostic-newer-format = Ce cours demande une version plus récente de Fieldcourse.
diagnostic-duplicate-id = Cet identifiant sert deux fois dans le cours.
diagnostic-malformed-id = Un identifiant ne peut contenir que des minuscules, des chiffres et des tirets.
diagnostic-empty-text = Un titre ou un texte qui ne doit pas être vide est vide.
diagnostic-answer-key = La réponse de cette question ne correspond pas à son type de question.
diagnostic-unused-field = Ce champ est renseigné là où il n’a aucun effet.
diagnostic-quiz-settings = Un réglage du quiz ne peut pas fonctionner tel quel (plus de questions tirées que le quiz n’en contient, par exemple).
diagnostic-asset = Un fichier utilisé par le cours manque ou se trouve hors du dossier du cours.
diagnostic-missing-alt = Une image n’a pas de description pour les personnes qui ne la voient pas.
diagnostic-translation = Une traduction ne correspond pas au cours qu’elle traduit.
diagnostic-untranslated = Une partie de la traduction n’est pas encore traduite : les apprenants la voient dans la langue d’origine du cours.
diagnostic-completion = La règle d’achèvement cite une leçon ou un quiz que le cours ne contient pas.
diagnostic-empty-lesson = Cette leçon n’a aucun contenu.
diagnostic-no-explanations = Aucune question de ce quiz n’explique sa réponse.
diagnostic-longest-option = Dans la plupart des questions, la bonne option est la plus longue : on peut la deviner.
diagnostic-lopsided-true-false = La plupart des affirmations vrai ou faux de ce quiz ont la même réponse.
diagnostic-all-none-of-the-above = Une option dit « toutes les réponses ci-dessus » ou « aucune des réponses ci-dessus ».
diagnostic-absolute-words = Des mots comme « toujours » et « jamais » figurent surtout dans les mauvaises options : on peut deviner grâce à eux.
diagnostic-near-duplicate = Deux questions sont presque identiques.
diagnostic-answer-position = Les options ne sont pas mélangées et la bonne est toujours à la même place.
problem-field = Endroit dans le fichier : { $pointer }
problem-place = Endroit dans le fichier : { $place } ({ $pointer })
place-module = module { $number }
place-lesson = leçon { $number }
place-block = bloc { $number }
place-quiz = quiz
place-final-assessment = évaluation finale
place-question = question { $number }
place-option = option { $number }
place-pair = paire { $number }
place-item = élément { $number }
place-distractor = intrus { $number }
place-accepted-answer = réponse acceptée { $number }
place-partial-answer = réponse à points partiels { $number }
problems-show-all = Afficher les { $count } problèmes
problems-show-fewer = Afficher moins

## Certificate
certificate-heading = Certificat de réussite
certificate-presented-to = Nous certifions que
certificate-has-completed = a suivi avec succès la formation
certificate-version = Version { $version }
certificate-score = Score final { $score }
certificate-percent = { $value } %
certificate-decimal-mark = ,
certificate-completed-on = Terminée le { $date }
certificate-valid-until = Valable jusqu’au { $date }
certificate-published-by = Formation publiée par { $publisher }
certificate-code = Code de vérification
certificate-verify-hint = Vérification hors ligne : fieldcourse verify FICHIER.pdf
certificate-verify-scan = Pour la vérifier, scannez le code ou ouvrez cette page :
certificate-device-key = Signé avec la clé propre à cet appareil, et non avec une clé de { $organisation }
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
course-start = Commencer le cours
course-module-heading = Module { $number } : { $title }
course-quiz-line = { $title } : { $count ->
    [0] aucune question
    [one] une question
   *[other] { $count } questions
} par tentative, seuil de réussite { $percent } %.
course-quiz-attempts = { $count ->
    [0] Aucune tentative.
    [one] Une tentative.
   *[other] { $count } tentatives.
}
course-certificate = Terminer le cours donne droit à un certificat délivré par { $organisation }.
nav-library = Bibliothèque
nav-course = Présentation du cours

## Lecture d’une leçon
lesson-hide-outline = Masquer le plan
lesson-show-outline = Afficher le plan
lesson-empty = Cette leçon n’a pas encore de contenu.
lesson-progress = Leçon { $number } sur { $count }
lesson-picture-missing = Cette image n’a pas pu être affichée ({ $reason }). Elle montre : { $alt }
lesson-picture-reading = Chargement de l’image…
lesson-case-study = Étude de cas
lesson-reflection = À méditer
lesson-previous = Leçon précédente
lesson-next = Leçon suivante
lesson-finish = Retour au cours
lesson-to-quiz = Passer au quiz
lesson-outline-quiz = Quiz : { $title }
callout-note = Remarque
callout-tip = Conseil
callout-warning = Attention
callout-key-points = À retenir

## Course overview: progress
course-continue = Continuer
course-review = Revoir le cours
course-continue-where = Reprendre là où vous vous êtes arrêté
course-completed = Cours terminé
course-lessons-done = { $done ->
    [one] { $done } leçon terminée sur { $total }
   *[other] { $done } leçons terminées sur { $total }
}
course-lesson-done = Lu
course-lesson-todo = À lire
course-quiz-take = Faire le quiz
course-quiz-resume = Reprendre votre tentative
course-quiz-retake = Le refaire
course-quiz-passed = Réussi avec { $percent } %.
course-quiz-out-of-attempts = Plus aucune tentative. Votre meilleur score : { $percent } %. Demandez à votre formateur si vous avez besoin d’un nouvel essai.
course-quiz-best = Meilleur score jusqu’ici : { $percent } %. { $left ->
    [-1] Vous pouvez réessayer.
    [0] Plus aucune tentative.
    [one] Encore une tentative.
   *[other] Encore { $left } tentatives.
}
course-certificate-ready = Tout est fait : votre certificat est prêt.
course-certificate-needs = Reste à faire pour le certificat :
course-certificate-lessons-left = { $count ->
    [0] Aucune leçon à lire.
    [one] Une leçon à lire.
   *[other] { $count } leçons à lire.
}
course-certificate-quiz-left = Réussir « { $title } ».
nav-back = Retour
nav-settings = Paramètres

## Who is learning?
learners-heading = Qui apprend ?
learners-intro = Choisissez votre nom pour reprendre là où vous en étiez. La progression de chaque personne est gardée à part.
learners-add = + Ajouter une personne
learners-add-heading = Ajouter une personne
learners-add-intro = Votre progression, vos scores et vos certificats sont conservés sur cet ordinateur, à votre nom.
learners-name = Votre nom
learners-certificate-name = Nom sur les certificats (s’il diffère)
learners-new-pin = Code PIN (facultatif)
learners-pin-hint = Un code de 4 à 32 caractères empêche les autres utilisateurs de cet ordinateur d’ouvrir votre progression. Laissez vide si l’ordinateur n’est qu’à vous.
learners-create = Commencer
learners-cancel = Annuler
learners-has-pin = Protégé par un code
learners-pin-heading = { $name }, saisissez votre code
learners-pin-placeholder = Code PIN
learners-open = Ouvrir
learners-name-needed = Saisissez d’abord un nom.
learners-wrong-pin = Ce code n’est pas le bon. Réessayez ou demandez à votre formateur de le réinitialiser.
pin-checking = Vérification du code…
pin-saving = Enregistrement du code…
library-switch-learner = { $name } : changer de personne
library-open-failed = Ce cours n’a pas pu être ouvert : { $problem }

## Lesson reader: notes and saving
lesson-note-placeholder = Notez vos réflexions ici. Vous seul pouvez les voir.
lesson-note-private = Votre note est privée et enregistrée sur cet ordinateur.
lesson-note-saving = Enregistrement…

## Settings
settings-heading = Paramètres
settings-language = Langue
settings-theme = Couleurs
settings-text-size = Taille du texte
settings-percent = { $percent } %
settings-names = Noms
settings-certificate-name-hint = Les certificats affichent ce nom tel que saisi, accents compris. Laissez vide pour utiliser votre nom.
settings-save-names = Enregistrer les noms
settings-names-saved = Enregistré.
theme-light = Clair
theme-dark = Sombre
theme-high-contrast = Contraste élevé

## Keyboard shortcuts (F1)
shortcuts-heading = Raccourcis clavier
shortcuts-close = Appuyez sur F1 ou Échap pour fermer cette liste.
keys-f1 = F1
keys-tab = Tab, Maj+Tab
keys-enter = Entrée
keys-escape = Échap
keys-arrows-side = Gauche, Droite
keys-arrows-updown = Haut, Bas
keys-page = Page préc., Page suiv., Espace
keys-home-end = Début, Fin
keys-digits = 1 à 9
keys-space = Espace
keys-list = Alt+Bas
keys-zoom = Ctrl+Plus, Ctrl+Moins
keys-reload = F5
shortcut-help = Afficher ou masquer cette liste
shortcut-focus = Passer au contrôle suivant ou précédent
shortcut-activate = Valider : ouvrir, vérifier la réponse, continuer
shortcut-back = Revenir à l’écran précédent
shortcut-lessons = Leçon précédente ou suivante (inversé en arabe)
shortcut-scroll = Faire défiler un peu
shortcut-page = Faire défiler d’un écran
shortcut-ends = Aller en haut ou en bas
shortcut-answer = Choisir la réponse 1 à 9 d’un quiz
shortcut-toggle = Activer le bouton ou cocher la réponse qui a le focus
shortcut-list = Ouvrir la liste qui a le focus (Haut, Bas, puis Entrée)
shortcut-zoom = Agrandir ou réduire le texte
shortcut-reload = Relire les dossiers de cours

## Progress file problems
store-failed-heading = Votre fichier de progression n’a pas pu être ouvert
store-failed-help = Rien n’a été modifié. Fermez les autres fenêtres de Fieldcourse et relancez-le. Si le problème persiste, confiez à votre formateur le dossier { $folder } : il contient le fichier de progression et ses sauvegardes quotidiennes, que votre formateur peut rétablir.
course-not-translated = Ce cours n’est pas encore traduit dans votre langue ; il s’affiche dans sa langue d’origine : { $language }.
course-partly-translated = Certaines parties de ce cours ne sont pas encore traduites ; elles s’affichent dans la langue d’origine du cours : { $language }.

## Écran du certificat
course-see-certificate = Votre certificat
cert-screen-title = Votre certificat
cert-issued-now = Bravo : vous avez terminé le cours. Votre certificat est prêt.
cert-none = Ce cours ne délivre pas de certificat.
cert-failed = Le certificat n’a pas pu être préparé : { $error }
completion-not-saved = Votre travail est enregistré, mais la fin du cours n’a pas pu être notée : { $problem } Un nouvel essai a lieu chaque fois que vous ouvrez le cours.
cert-save-pdf = Enregistrer le PDF
cert-open-to-print = Ouvrir pour imprimer
cert-save-where = Le PDF sera enregistré dans ce dossier :
cert-saving = Enregistrement…
cert-saved = Enregistré. Votre certificat se trouve ici :
cert-saved-json = Son justificatif numérique est à côté :
cert-save-failed = Le PDF n’a pas pu être enregistré : { $error }
cert-opening = Ouverture du PDF…
cert-opened = Le PDF est ouvert dans votre lecteur de PDF : imprimez-le depuis celui-ci.
cert-no-viewer = Aucun programme pour afficher les PDF n’a été trouvé sur cet ordinateur. Copiez le certificat enregistré sur un ordinateur relié à une imprimante :
cert-not-yet-title = Pas encore terminé
cert-not-yet-body = Votre certificat sera délivré dès que vous aurez terminé ce qui est indiqué ci-dessous.
cert-lessons-left = { $count ->
    [0] Aucune leçon à terminer
    [one] Une leçon à terminer
   *[other] { $count } leçons à terminer
}
cert-quizzes-left = { $count ->
    [0] Aucun quiz à réussir
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
trainer-read-failed = Le fichier de progression n’a pas pu être lu : { $error }
trainer-import-heading = Importer un cours
trainer-import-body = Saisissez le chemin d’un paquet de cours (.fcourse), d’un dossier de cours ou de son fichier course.json. Le cours est d’abord vérifié, puis installé seulement s’il ne présente aucun problème.
trainer-import-placeholder = /media/usb/mon-cours
trainer-import = Importer
trainer-import-no-path = Saisissez d’abord le chemin d’un dossier de cours.
trainer-import-checking = Vérification et copie du cours…
trainer-import-done = « { $title } », version { $version }, est installé. Les apprenants le trouvent maintenant dans la bibliothèque.
trainer-import-refused = { $count ->
    [0] Non installé : le cours doit d’abord être corrigé. Transmettez cette liste à l’auteur du cours :
    [one] Non installé : un problème doit d’abord être corrigé. Transmettez cette liste à l’auteur du cours :
   *[other] Non installé : { $count } problèmes doivent d’abord être corrigés. Transmettez cette liste à l’auteur du cours :
}
trainer-import-failed = Le cours n’a pas pu être installé : { $error }
package-incomplete = { $file } n’est pas un paquet Fieldcourse complet. Il a peut-être été tronqué pendant la copie : copiez-le de nouveau depuis l’original et importez la nouvelle copie.
package-not-zip = { $file } n’est pas un paquet Fieldcourse. Choisissez le fichier .fcourse lui-même, ou un dossier de cours.
package-unsupported = { $file } utilise une fonction zip que Fieldcourse ne lit pas (chiffrement ou compression inhabituelle). Demandez que le paquet soit refait avec Fieldcourse.
trainer-learners-heading = { $count ->
    [0] Aucun apprenant sur cet ordinateur
    [one] Un apprenant sur cet ordinateur
   *[other] { $count } apprenants sur cet ordinateur
}
trainer-no-learners = Aucun apprenant pour l’instant. Les apprenants apparaissent ici dès qu’ils ont ajouté leur nom.
trainer-learner-not-started = N’a pas encore commencé de cours.
trainer-progress-lessons = Leçons : { $done } sur { $total }
trainer-progress-quizzes = Quiz réussis : { $passed } sur { $total }
trainer-progress-completed = Terminé
trainer-progress-certified = Certificat délivré
trainer-report-heading = Rapport de progression
trainer-report-body = Un fichier tableur (CSV) avec une ligne par apprenant et par cours : leçons terminées, résultats aux quiz, achèvement et certificat.
trainer-export-csv = Exporter le rapport CSV
trainer-export-where = Le rapport sera enregistré dans ce dossier :
trainer-export-writing = Écriture du rapport…
trainer-export-done = Rapport enregistré ici :
trainer-export-failed = Le rapport n’a pas pu être enregistré : { $error }
trainer-register-heading = { $count ->
    [0] Aucun certificat délivré sur cet ordinateur
    [one] Un certificat délivré sur cet ordinateur
   *[other] { $count } certificats délivrés sur cet ordinateur
}
trainer-no-certificates = Aucun certificat délivré pour l’instant.
trainer-register-learner = Apprenant
trainer-register-course = Cours
trainer-register-date = Date
trainer-register-code = Code

## Lecteur de quiz
quiz-open-failed = Ce quiz n’a pas pu s’ouvrir : { $reason }
quiz-progress = Question { $number } sur { $count }
quiz-hint-single = Choisissez une réponse (ou tapez son numéro).
quiz-hint-multiple = Choisissez toutes les réponses justes (ou tapez leurs numéros).
quiz-hint-true-false = Vrai ou faux ? (Tapez 1 pour vrai, 2 pour faux.)
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
quiz-partly-share = En partie juste : { $percent } % des points
quiz-incorrect = Pas tout à fait
quiz-right-answer = La bonne réponse : { $answer }
quiz-why = Pourquoi : { $explanation }
quiz-not-answered = (pas de réponse)
quiz-not-saved = Votre réponse n’a pas pu être enregistrée ; elle reste affichée. Réessayez dans un instant ; si cela continue, prévenez votre formateur. Raison : { $reason }
quiz-not-submitted = Vos réponses n’ont pas pu être envoyées. Elles sont enregistrées : réessayez dans un instant, ou revenez plus tard pour les envoyer. Raison : { $reason }
quiz-not-a-number = Ce n’est pas un nombre que ce quiz sait lire. Tapez des chiffres, par exemple 12 ou 3,5.
quiz-course-changed = Cette question a changé depuis le début de la tentative et ne peut pas être corrigée. Prévenez votre formateur. Raison : { $reason }
quiz-unanswered = { $count ->
    [one] La question { $numbers } n’a pas encore de réponse. Elle vaudra 0 si vous envoyez maintenant.
   *[other] Les questions { $numbers } n’ont pas encore de réponse. Elles vaudront 0 si vous envoyez maintenant.
}
quiz-keep-answering = Continuer à répondre
quiz-submit-anyway = Envoyer quand même

## Résultats du quiz
quiz-results-title = Résultats : { $title }
quiz-score = Votre score : { $percent } %
quiz-points = { $points ->
    [one] { $points } point sur { $max }
   *[other] { $points } points sur { $max }
}
quiz-pass-mark = Seuil de réussite : { $percent } %
quiz-passed = Réussi
quiz-not-passed = Pas encore réussi
quiz-attempts-left = { $count ->
    [0] Plus aucune tentative.
    [one] Encore une tentative.
   *[other] Encore { $count } tentatives.
}
quiz-try-again = Réessayer
quiz-back-to-course = Retour au cours
quiz-not-started = Une nouvelle tentative n’a pas pu commencer : { $reason }
quiz-review = Correction
quiz-question-number = Question { $number }
quiz-your-answer = Votre réponse : { $answer }
quiz-review-hidden = Ce quiz n’affiche que le score, pas les réponses.
quiz-number-tolerance = { $value } (à { $tolerance } près)
quiz-number-range = n’importe quel nombre de { $min } à { $max }
quiz-partial-answers = Rapportent aussi une partie des points : { $answers }
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = Vous avez utilisé toutes vos tentatives pour ce quiz
quiz-attempts-used = { $count ->
    [0] Vous n’avez fait aucune tentative.
    [one] Vous avez fait une tentative.
   *[other] Vous avez fait { $count } tentatives.
}
quiz-best-score = Votre meilleur score : { $percent } %
quiz-out-of-attempts-passed = Vous avez réussi : il n’y a plus rien à faire ici. Relisez les leçons quand vous voulez.
quiz-out-of-attempts-help = Pour réessayer, demandez d’autres tentatives à votre formateur. En attendant, relisez les leçons du module.
course-quiz-open-locked = Ouvrir le quiz

## Trainer PIN
trainer-tab-pin = Code formateur
trainer-pin-is-set = Un code formateur est défini : l’espace formateur le demande avant de s’ouvrir.
trainer-pin-not-set = Aucun code formateur n’est défini : toute personne utilisant cet ordinateur peut ouvrir l’espace formateur. Sur un ordinateur partagé, définissez-en un.
trainer-pin-new = Nouveau code (4 à 32 caractères)
trainer-pin-save = Définir le code
trainer-pin-remove = Supprimer le code
trainer-pin-saved = Le code formateur est défini.
trainer-pin-removed = Le code formateur est supprimé : l’espace formateur est ouvert sur cet ordinateur.
trainer-pin-heading = Espace formateur
trainer-pin-intro = Saisissez le code formateur. Il réserve aux formateurs les résultats des apprenants et l’installation des cours.
trainer-pin-wrong = Ce n’est pas le code formateur. Réessayez.

## Importing: older versions and dropped files
trainer-import-drop = Vous pouvez aussi déposer un paquet, un dossier de cours ou son course.json sur cette fenêtre.
trainer-import-older = La version { $installed } de { $id } est installée ; celle-ci est la version plus ancienne { $offered }.
trainer-import-older-body = Les apprenants gardent leur progression sur les leçons et quiz communs aux deux versions. N’installez l’ancienne version que si vous voulez vraiment y revenir.
trainer-import-keep = Garder la version installée
trainer-import-install-older = Installer l’ancienne version
trainer-import-replaced = Elle remplace la version { $version } : { $added ->
    [one] { $added } leçon ou quiz est nouveau
   *[other] { $added } leçons ou quiz sont nouveaux
} et { $removed ->
    [one] { $removed } a disparu
   *[other] { $removed } ont disparu
}. Les apprenants gardent leur progression sur tout ce qui reste.
trainer-import-where = Copié dans { $folder }
trainer-import-replaced-bundled = La bibliothèque l’affiche désormais à la place de la version { $version } fournie avec l’application, qui reste sur cet ordinateur : { $added ->
    [one] { $added } leçon ou quiz est nouveau
   *[other] { $added } leçons ou quiz sont nouveaux
} et { $removed ->
    [one] { $removed } a disparu
   *[other] { $removed } ont disparu
}. Les apprenants gardent leur progression sur tout ce qui reste.
trainer-import-same-version = Elle remplace la copie de la version { $version } déjà installée. Les apprenants gardent leur progression.
trainer-import-no-suggestions = Les vérifications n’ont rien à suggérer à l’auteur.
drop-open-trainer = Pour installer un cours, ouvrez l’espace formateur et déposez-y le fichier.

## Live preview
trainer-preview-heading = Prévisualiser un cours en cours d’écriture
trainer-preview-body = Saisissez le chemin d’un dossier de cours pour le voir comme les apprenants le verront. L’aperçu se recharge à chaque enregistrement d’un fichier du dossier, et rien de ce qui s’y fait n’est conservé.
trainer-preview-placeholder = /home/moi/cours/mon-cours
trainer-preview = Prévisualiser
trainer-preview-no-path = Saisissez d’abord le chemin d’un dossier de cours.
preview-title = Aperçu Fieldcourse
preview-failed = L’aperçu n’a pas pu s’ouvrir : { $reason }
preview-not-a-folder = { $path } n’est pas un dossier. Indiquez le dossier du cours, celui qui contient course.json.
preview-learner = Apprenant d’essai
preview-item-gone = « { $id } » ne fait plus partie du cours : sa vue d’ensemble s’affiche à la place.
preview-broken-title = Ce cours ne peut pas encore s’afficher
preview-broken-body = Corrigez les problèmes listés à côté de ce texte et enregistrez le fichier : l’aperçu se recharge tout seul.
preview-band = Aperçu de { $folder } · rien n’est enregistré
preview-watching = À l’écoute des modifications
preview-reloaded = { $count ->
    [0] Pas encore rechargé
    [one] Rechargé une fois
   *[other] Rechargé { $count } fois
}
preview-close = Fermer l’aperçu
preview-problems-errors = { $count ->
    [0] Aucun problème à corriger
    [one] Un problème à corriger
   *[other] { $count } problèmes à corriger
}
preview-problems-warnings = { $count ->
    [0] Aucune suggestion
    [one] Une suggestion
   *[other] { $count } suggestions
}
preview-showing-last = Le cours affiché est la dernière version sans erreur.

## Learning records (xAPI)
trainer-tab-records = Traces d’apprentissage
records-heading = Envoyer les traces d’apprentissage
records-body = Chaque leçon terminée, réponse donnée, quiz réussi et certificat obtenu sur cet ordinateur est gardé comme trace d’apprentissage jusqu’à ce qu’il parvienne à l’entrepôt de traces (LRS) de votre organisation. Un nouvel envoi ne compte jamais rien deux fois.
records-heading-file = Traces d’apprentissage
records-body-file = Chaque leçon terminée, réponse donnée, quiz réussi et certificat obtenu sur cet ordinateur est gardé comme trace d’apprentissage. Cette version de Fieldcourse ne peut pas les envoyer par le réseau : enregistrez-les dans un fichier et remettez-le à la personne qui les rassemble pour l’entrepôt de traces (LRS) de votre organisation.
records-waiting = { $count ->
    [0] Aucune trace n’attend : tout a été envoyé.
    [one] Une trace attend d’être envoyée.
   *[other] { $count } traces attendent d’être envoyées.
}{ $exported ->
    [0] {""}
    [one] {" "}({ $exported } d’entre elles déjà enregistrée dans un fichier.)
   *[other] {" "}({ $exported } d’entre elles déjà enregistrées dans un fichier.)
}
records-count-failed = Les traces d’apprentissage n’ont pas pu être comptées.
records-endpoint = Adresse du LRS
records-no-endpoint = Saisissez d’abord l’adresse du LRS de votre organisation. Demandez l’adresse, un nom d’utilisateur et un mot de passe à la personne qui le gère.
records-user = Nom d’utilisateur (clé du LRS)
records-password = Mot de passe (secret du LRS)
records-remembered = L’adresse, le nom d’utilisateur et le mot de passe sont conservés dans lrs.json, dans le dossier de données, que seul votre compte sur cet ordinateur peut lire.
records-send = Envoyer les traces
records-save = Enregistrer dans un fichier
records-sending = { $delivered ->
    [one] Envoi en cours… { $delivered } trace livrée sur { $total }.
   *[other] Envoi en cours… { $delivered } traces livrées sur { $total }.
}
records-sent = { $sent ->
    [0] Rien de nouveau à envoyer.
    [one] Une trace a été livrée.
   *[other] { $sent } traces ont été livrées.
}{ $held ->
    [0] {""}
   *[other] {" "}Le LRS en avait déjà { $held } d’un essai précédent.
}
records-send-failed = Non envoyé : { $error }
records-plain-http = Non envoyé : cette adresse commence par http://, le nom d’utilisateur et le mot de passe traverseraient donc le réseau en clair, lisibles par d’autres. Demandez l’adresse https:// du LRS. Si ce réseau est privé et que vous acceptez le risque, cochez la case ci-dessous et envoyez de nouveau.
records-allow-http = Envoyer quand même en http:// non chiffré
trainer-log-help = En cas de problème, Fieldcourse note ce qui s’est passé dans son journal, dans le dossier { $folder }. Transmettez les fichiers qu’il contient à la personne qui vous assiste.
records-saving = Enregistrement des traces…
records-saved = { $count ->
    [0] Aucune trace n’a été enregistrée.
    [one] Une trace a été enregistrée.
   *[other] { $count } traces ont été enregistrées.
} Portez ce fichier sur un ordinateur connecté ; les traces restent ici jusqu’à leur envoi.
records-save-failed = Les traces n’ont pas pu être enregistrées : { $error }

## Attente après des codes erronés, première visite de l’espace formateur, codes des apprenants, une seule fenêtre par dossier de données
pin-wait = { $seconds ->
    [one] Trop de codes erronés. Réessayez dans { $seconds } seconde, ou demandez à votre formateur un nouveau code.
   *[other] Trop de codes erronés. Réessayez dans { $seconds } secondes, ou demandez à votre formateur un nouveau code.
}
learners-pin-empty = Saisissez d’abord votre code.
folder-in-use-heading = Fieldcourse est déjà ouvert
folder-in-use-body = Une autre fenêtre de Fieldcourse, ou une commande comme « fieldcourse backup restore », utilise le dossier de données { $folder }. Cette fenêtre n’a rien ouvert ni modifié. Fermez l’autre, puis relancez Fieldcourse.
trainer-setup-heading = Protéger l’espace formateur
trainer-setup-intro = L’espace formateur montre les résultats de tous les apprenants et installe des cours. Choisissez un code formateur pour que seuls les formateurs puissent l’ouvrir.
trainer-pin-repeat = Le même code, une seconde fois
trainer-setup-save = Enregistrer le code et ouvrir
trainer-setup-open-intro = Sur un ordinateur réservé aux formateurs, vous pouvez plutôt laisser l’espace formateur ouvert. Fieldcourse retient ce choix et affiche un avertissement dans l’espace formateur.
trainer-setup-leave-open = Laisser l’espace formateur ouvert sur cet ordinateur
trainer-pin-mismatch = Les deux codes ne sont pas identiques. Saisissez-les de nouveau.
pin-length = Un code compte au moins { $min } et au plus { $max } caractères (chiffres ou lettres). Choisissez-en un autre.
trainer-left-open-warning = L’espace formateur est ouvert sur cet ordinateur : toute personne qui l’utilise peut voir les résultats de tous les apprenants et installer des cours.
trainer-left-open-set-pin = Choisir un code formateur
trainer-learner-has-pin = Se connecte avec un code.
trainer-learner-no-pin = Se connecte sans code.
trainer-learner-pin-reset = Nouveau code
trainer-learner-pin-set = Choisir un code
trainer-learner-pin-remove = Supprimer le code
trainer-learner-pin-save = Enregistrer le code
trainer-learner-pin-saved = { $name } se connecte désormais avec le nouveau code. Communiquez-le-lui.
trainer-learner-pin-removed = { $name } se connecte désormais sans code.

## Espace formateur : la qualité de chaque question de quiz
trainer-tab-questions = Questions
trainer-questions-heading = La qualité de chaque question
trainer-questions-body = Choisissez un cours et un quiz. Chaque barre est une question : la part des apprenants qui ont bien répondu. Choisissez une question dans la liste pour voir ce que les apprenants ont répondu. Les chiffres viennent des apprenants de cet ordinateur et des fichiers de relevés d’autres ordinateurs portables collectés ici.
trainer-questions-no-courses = Aucun cours avec un quiz n’a été trouvé. Importez d’abord un cours.
trainer-questions-course = Cours
trainer-questions-quiz = Quiz
trainer-questions-scope-first = Première tentative de chaque apprenant : afficher toutes les tentatives
trainer-questions-scope-all = Toutes les tentatives : n’afficher que les premières
trainer-questions-no-attempts = Aucun apprenant n’a encore rendu ce quiz.
trainer-questions-attempts = { $count ->
    [one] { $count } tentative analysée
   *[other] { $count } tentatives analysées
}
trainer-questions-collected = { $count ->
    [one] Dont { $count } tentative faite sur un autre ordinateur portable et arrivée dans son fichier de relevés.
   *[other] Dont { $count } tentatives faites sur d’autres ordinateurs portables et arrivées dans leurs fichiers de relevés.
}
trainer-questions-scores = Score moyen { $mean } · médiane { $median } · dispersion (écart type) { $sd }
trainer-questions-pass-rate = Taux de réussite { $rate } (seuil { $mark })
trainer-questions-alpha = Cohérence (alpha de Cronbach) { $alpha } : à partir de 0,7, le quiz classe les apprenants de façon cohérente.
trainer-questions-unreadable = { $count ->
    [one] { $count } tentative illisible est laissée de côté.
   *[other] { $count } tentatives illisibles sont laissées de côté.
}
trainer-questions-facility-chart = Part de bonnes réponses par question
trainer-questions-score-chart = Scores
trainer-questions-pass-line = La ligne pointillée marque le seuil de réussite ({ $mark }).
trainer-questions-list = Questions
trainer-questions-facts = Tirée { $drawn } fois · réussie { $facility } · écart type { $sd } · discrimination { $discrimination }
trainer-questions-right-answer = Bonne réponse : { $answer }
trainer-questions-options = Ce que les apprenants ont choisi
trainer-questions-right-option = { $option } (bonne réponse)
trainer-questions-share = { $share } ({ $count })
trainer-questions-wrong-answers = Mauvaises réponses les plus fréquentes
trainer-questions-wrong-answer = « { $answer } » : { $count }
trainer-questions-partial = Répartition des réponses en partie justes
trainer-questions-partial-line = { $score } des points : { $count }
trainer-flag-very-easy = Très facile
trainer-flag-very-hard = Très difficile
trainer-flag-does-not-separate = Ne distingue pas les apprenants forts des plus faibles
trainer-flag-check-key = Les meilleurs apprenants se trompent plus souvent : vérifiez la bonne réponse
trainer-flag-unpicked-option = Une mauvaise option que personne ne choisit
trainer-flag-too-few = Trop peu de réponses pour juger
trainer-flag-none = Aucun signal
trainer-legend-fine = aucun signal
trainer-legend-warn = à regarder
trainer-legend-danger = vérifiez la bonne réponse
trainer-legend-too-few = trop peu de réponses

## Espace formateur : le programme, chaque apprenant de la session, sur chaque appareil

trainer-tab-programme = Programme
trainer-programme-heading = { $count ->
    [0] Aucun apprenant dans le programme
    [one] Un apprenant dans le programme
   *[other] { $count } apprenants dans le programme
}
trainer-programme-body = Toutes les personnes qui ont suivi un cours sur cet ordinateur ou sur un appareil dont vous avez recueilli les traces. Une personne qui a utilisé deux ordinateurs apparaît deux fois : sélectionnez les deux et indiquez à Fieldcourse qu’il s’agit de la même personne.
trainer-programme-empty = Aucun apprenant pour l’instant. Ceux de cet ordinateur apparaissent ici, ainsi que ceux de chaque appareil dont vous recueillez les traces.
trainer-programme-course = Cours
trainer-programme-device = Appareil
trainer-programme-status = État
trainer-programme-sort = Trier par
trainer-programme-all = Tous
trainer-programme-this-laptop = Cet ordinateur
trainer-programme-not-started = Pas commencé
trainer-programme-in-progress = En cours
trainer-programme-completed = Terminé
trainer-programme-sort-name = Nom
trainer-programme-sort-device = Appareil
trainer-programme-sort-progress = Progression
trainer-programme-sort-activity = Dernière activité
trainer-programme-column-learner = Apprenant et appareil
trainer-programme-column-course = Cours et progression
trainer-programme-column-scores = Meilleurs résultats
trainer-programme-column-certificate = Certificat et dernière activité
trainer-programme-no-match = Aucun apprenant ne correspond à ces choix.
trainer-programme-select = Sélectionner
trainer-programme-selected = Sélectionné
trainer-programme-undo = Annuler la fusion
trainer-programme-select-hint = { $selected ->
    [0] Pour réunir les deux dossiers d’une même personne, sélectionnez-les tous les deux.
    [1] Sélectionnez un autre apprenant à réunir avec celui-ci.
    [2] Deux apprenants sélectionnés.
   *[other] Pour réunir les dossiers d’une même personne, sélectionnez-en exactement deux.
}
trainer-programme-join = C’est la même personne
trainer-programme-learner-on = { $name } sur { $device }
trainer-programme-join-confirm-text = { $first } et { $second } apparaîtront comme un seul apprenant. Dans chaque cours, le dossier où le plus de leçons sont faites compte, toutes les tentatives de quiz des deux comptent, et le premier certificat est gardé. Rien n’est effacé ni modifié : « Annuler la fusion » les sépare de nouveau.
trainer-programme-join-confirm = Oui, les réunir
trainer-programme-join-cancel = Annuler
trainer-programme-joined = { $name } apparaît désormais comme un seul apprenant.
trainer-programme-undone = { $name } apparaît de nouveau en dossiers séparés.
trainer-programme-quizzes = Quiz : { $scores }
trainer-programme-no-final = Pas d’évaluation finale
trainer-programme-final-not-taken = Évaluation finale pas encore passée
trainer-programme-final-passed = Évaluation finale : { $percent }, réussie
trainer-programme-final-failed = Évaluation finale : { $percent }, non réussie
trainer-programme-last-activity = Actif le { $date }
trainer-programme-showing = { $first }–{ $last } sur { $count }
trainer-programme-previous = Précédents
trainer-programme-next = Suivants
trainer-print-selected = { $count ->
    [0] Aucun apprenant sélectionné à imprimer
    [one] Imprimer le certificat de l’apprenant sélectionné
   *[other] Imprimer les certificats des { $count } apprenants sélectionnés
}
trainer-print-course = Imprimer tous les certificats de { $course }
trainer-print-hint = Pour imprimer des certificats, sélectionnez des apprenants, ou choisissez un cours plus haut pour imprimer ceux de toutes les personnes qui l’ont terminé.
trainer-print-choose-course = Choisissez un cours plus haut : les certificats s’impriment cours par cours.
trainer-print-running = Préparation du PDF des certificats dans { $folder }…
trainer-print-done = { $pages ->
    [one] Le PDF est prêt : un certificat sur une page.
   *[other] Le PDF est prêt : { $pages } certificats, un par page.
}
trainer-print-without = { $count ->
    [0] Chaque apprenant sélectionné a son certificat.
    [one] Pas encore de certificat pour ce cours : { $names }.
   *[other] Pas encore de certificat pour ce cours ({ $count } apprenants) : { $names }.
}
trainer-print-failed = Les certificats n’ont pas pu être imprimés : { $error }
trainer-simulated-remove = { $count ->
    [0] Aucun apprenant simulé à retirer
    [one] Retirer l’apprenant simulé
   *[other] Retirer les { $count } apprenants simulés
}
trainer-simulated-confirm-text = { $count ->
    [0] Il n’y a aucun apprenant simulé à effacer de cet ordinateur.
    [one] L’apprenant simulé (données d’entraînement) sera effacé de cet ordinateur, avec sa progression, ses tentatives de quiz et ses certificats. Les vrais apprenants et les relevés recueillis ne changent pas.
   *[other] Les { $count } apprenants simulés (données d’entraînement) seront effacés de cet ordinateur, avec leur progression, leurs tentatives de quiz et leurs certificats. Les vrais apprenants et les relevés recueillis ne changent pas.
}
trainer-simulated-confirm = Oui, les retirer
trainer-simulated-cancel = Les garder
trainer-simulated-removing = Retrait des apprenants simulés…
trainer-simulated-removed = { $count ->
    [0] Il ne restait aucun apprenant simulé à retirer.
    [one] Un apprenant simulé a été retiré.
   *[other] { $count } apprenants simulés ont été retirés.
}

## Erreurs du fichier de progression, telles que l’application les montre.
error-progress-database = Votre progression n’a pas pu être enregistrée ou lue dans { $file } ({ $reason }). Vérifiez qu’il reste de la place sur le disque et que le dossier est modifiable, puis réessayez. Si cela se répète, prévenez votre formateur : ce dossier garde aussi une sauvegarde par jour.
error-progress-io = Un fichier de votre progression n’a pas pu être écrit ou lu : { $file } ({ $reason }). Vérifiez que le dossier existe et qu’il reste de la place sur le disque, puis réessayez.
error-progress-too-new = Votre fichier de progression { $file } vient d’une version plus récente de Fieldcourse. Il n’a pas été modifié : demandez à votre formateur d’installer cette version sur cet ordinateur.
error-progress-not-ours = Le fichier { $file } n’est pas un fichier de progression Fieldcourse. Il n’a pas été modifié : demandez à votre formateur de le sortir du dossier de données.
error-progress-damaged = Votre fichier de progression était endommagé. Rien n’a été supprimé : il a été gardé sous le nom { $moved }. Fermez Fieldcourse et rouvrez-le pour continuer ; votre formateur peut remettre une sauvegarde du jour.
error-progress-learner-gone = Cette personne n’est plus inscrite sur cet ordinateur. Choisissez à nouveau dans la liste.
error-progress-pin-wait = { $seconds ->
    [one] Trop de codes erronés. Réessayez dans { $seconds } seconde, ou demandez un nouveau code à votre formateur.
   *[other] Trop de codes erronés. Réessayez dans { $seconds } secondes, ou demandez un nouveau code à votre formateur.
}
error-progress-open-again = Cet écran ne correspond plus à votre progression enregistrée. Revenez en arrière et rouvrez-le ; rien de ce qui était enregistré n’est perdu.
error-progress-backup = Cette sauvegarde est inutilisable. Rien n’a été modifié : demandez à votre formateur d’en choisir une autre.

## Le genre d’échec rencontré par un fichier ou par le fichier de progression, repris dans les messages ci-dessus et ci-dessous.
io-not-found = le fichier ou le dossier n’existe pas
io-not-allowed = ce compte n’a pas le droit d’y écrire ou d’y lire
io-disk-full = le disque est plein
io-already-there = un élément du même nom s’y trouve déjà
io-wrong-kind = un dossier se trouve à la place d’un fichier, ou l’inverse
io-unreadable = le contenu du fichier est abîmé ou tronqué
io-busy = un autre programme utilise le fichier
io-other = le système a refusé
error-input-name-empty = Saisissez le nom à afficher sur cet ordinateur.
error-input-name-too-long = Ce nom dépasse { $max } caractères. Choisissez-en un plus court : le nom complet peut figurer dans « Nom sur les certificats ».
error-input-certificate-name-too-long = Le nom sur les certificats dépasse { $max } caractères. Raccourcissez-le puis enregistrez de nouveau.
error-input-no-language = Choisissez la langue préférée de cette personne, puis enregistrez de nouveau.
error-input-pin-not-protected = Le code n’a pas pu être conservé de façon sûre. Réessayez ; si l’échec se répète, laissez le code vide pour l’instant.
error-file = Impossible d’utiliser { $file } : { $reason }. Vérifiez que le dossier existe et que le disque a de la place, puis réessayez.
error-simulated-mixed = { $file } contient de vrais apprenants à côté des apprenants simulés. Retirez les apprenants simulés depuis l’espace formateur de ce dossier de données.
error-folder-in-use = Le dossier de données { $folder } est ouvert dans une autre fenêtre de Fieldcourse. Fermez cette fenêtre, puis rouvrez Fieldcourse.
error-folder-lock = Impossible de prendre le dossier de données { $folder } : { $reason }. Demandez à la personne qui s’occupe de cet ordinateur de vérifier ce dossier.

## Erreurs de cours, de paquet, de certificat, de quiz et de traces d’apprentissage, telles que l’application les montre.
error-course-unreadable = Impossible de lire le fichier de cours { $file } : { $reason }.
error-course-too-large = Le fichier de cours { $file } pèse { $megabytes } Mo ; un fichier de cours ne peut dépasser 64 Mo. Demandez à l’auteur de scinder le cours ou d’en sortir les médias volumineux.
error-course-broken = « { $course } » comporte des problèmes que son auteur doit corriger avant qu’on puisse le lire. Prévenez votre formateur.
error-course-refused = « { $course } » comporte des problèmes et n’a pas été installé. Importez-le de nouveau quand l’auteur les aura corrigés.
error-course-not-installed = Le cours n’a pas été installé : impossible de copier { $file } ({ $reason }). Rien n’a changé ; libérez de la place sur le disque et importez-le de nouveau.
error-package-io = Impossible de lire le paquet { $file } : { $reason }. Vérifiez que la clé USB ou le dossier est toujours là, puis importez de nouveau.
error-package-not-written = Le paquet n’a pas pu être créé. Rien n’a changé ; réessayez.
error-package-broken = Ce paquet est incomplet ou abîmé à l’intérieur. Demandez-en une nouvelle copie à la personne qui l’a fait.
error-package-too-many = Ce paquet contient { $count } fichiers, plus que les { $max } permis pour un cours. Il n’a pas été installé : demandez à son auteur de le vérifier.
error-package-entry = Ce paquet contient un fichier que Fieldcourse refuse de déballer ({ $entry }). Rien n’a été installé : demandez-en une nouvelle copie à la personne qui l’a fait.
error-package-too-large = Déballé, ce paquet dépasserait { $megabytes } Mo, ce qui est trop pour un cours. Rien n’a été installé : demandez à son auteur de le vérifier.
error-package-older = La version { $installed } de « { $course } » est déjà installée, et ce paquet contient la version plus ancienne { $offered }. Rien n’a changé.
error-watch-refused = Les changements dans { $folder } ne peuvent pas être suivis : l’aperçu ne se rechargera pas tout seul. Fermez l’aperçu et rouvrez-le.
error-watch-stopped = Le suivi de { $folder } s’est arrêté : l’aperçu ne se recharge plus tout seul. Fermez l’aperçu et rouvrez-le.
error-certificate-io = Impossible d’enregistrer le certificat sous { $file } : { $reason }. Choisissez un autre dossier ou libérez de la place, puis enregistrez de nouveau.
error-certificate-key = La clé de signature { $file } est inutilisable : aucun certificat ne peut être signé. Demandez à votre formateur de vérifier les réglages des certificats.
error-certificate-random = Cet ordinateur n’a fourni aucun nombre aléatoire pour signer : rien n’a été enregistré. Réessayez dans un instant.
error-certificate-pdf = La page du certificat n’a pas pu être mise en forme. Votre certificat est conservé : prévenez votre formateur, qui pourra l’enregistrer depuis un autre ordinateur.
error-certificate-stored = Le certificat conservé sur cet ordinateur ne peut pas être relu ; le fichier de progression est peut-être abîmé. Demandez à votre formateur de restaurer une sauvegarde quotidienne.
error-certificate-trust-file = La ligne { $line } de { $file } n’est pas un émetteur de confiance valable. Demandez à votre formateur de corriger cette ligne.
error-quiz-changed = Le cours a changé depuis le début de cette tentative : la question { $question } n’y correspond plus. Prévenez votre formateur.
error-quiz-incomplete = La question { $question } est incomplète dans ce cours. Prévenez votre formateur, qui pourra demander à l’auteur de la corriger.
error-lrs-io = Impossible d’utiliser { $file } : { $reason }. Vérifiez le dossier de données, puis envoyez de nouveau.
error-lrs-bad-file = Les informations du LRS enregistrées dans { $file } sont illisibles. Saisissez de nouveau l’adresse, l’identifiant et le mot de passe, puis envoyez.
error-lrs-bad-address = { $address } n’est pas une adresse de LRS. Saisissez-la telle que la personne qui gère le LRS l’a donnée, par exemple https://lrs.example.org/xapi.
error-lrs-not-an-lrs = Quelque chose répond à { $address }, mais ce n’est pas un LRS. Vérifiez l’adresse auprès de la personne qui le gère. Traces encore en attente : { $pending }.
error-lrs-needs-credentials = Le LRS à { $address } demande un identifiant et un mot de passe. Saisissez-les ci-dessus, puis envoyez de nouveau. Traces encore en attente : { $pending }.
error-lrs-busy = Le LRS à { $address } est occupé et demande d’attendre { $seconds } secondes. Envoyez de nouveau ensuite. Traces encore en attente : { $pending }.
network-refused = rien ne répond à cette adresse
network-host-not-found = ce nom est inconnu sur le réseau
network-timed-out = il n’a pas répondu à temps
network-other = le réseau a échoué
error-lrs-no-route = Le LRS à { $address } est injoignable : { $cause }. Vérifiez la connexion réseau et l’adresse, puis envoyez de nouveau. Traces encore en attente : { $pending }.
error-lrs-refused-credentials = Le LRS à { $address } a refusé l’identifiant et le mot de passe. Vérifiez-les auprès de la personne qui le gère. Traces encore en attente : { $pending }.
error-lrs-rejected = Le LRS à { $address } a refusé la trace { $statement }. Les traces précédentes sont arrivées. Merci de signaler cet identifiant à l’équipe de Fieldcourse. Traces encore en attente : { $pending }.
error-lrs-server = Le LRS à { $address } a répondu par une erreur (HTTP { $status }). Réessayez plus tard. Traces encore en attente : { $pending }.
error-lrs-interrupted = L’envoi s’est arrêté après { $delivered } traces. Les { $pending } autres attendent et partiront au prochain envoi.

# Relevés pour le formateur : fichiers de relevés apportés sur une clé USB
trainer-tab-records-files = Relevés pour le formateur
carry-save-heading = Enregistrer les relevés pour le formateur
carry-save-body = Réunit tous les apprenants de cet ordinateur dans un seul fichier signé, avec leur progression, leurs réponses aux quiz, leurs certificats et leurs traces d’apprentissage (les codes PIN restent ici). Enregistrez-le sur une clé USB et apportez-le à l’ordinateur du formateur. Chaque nouveau fichier remplace le précédent.
carry-device-name = Nom de cet ordinateur, tel que le formateur le verra
carry-device-placeholder = Portable 3
carry-save = Choisir où enregistrer…
carry-saving = Enregistrement des relevés dans { $folder }… Laissez la clé USB branchée.
carry-saved = { $learners ->
    [one] Relevés de « { $device } » enregistrés : un apprenant.
   *[other] Relevés de « { $device } » enregistrés : { $learners } apprenants.
}
carry-saved-size = { $kilobytes } Ko, enregistrés en { $milliseconds } ms. Vous pouvez retirer la clé USB.
carry-save-failed = Les relevés n’ont pas pu être enregistrés : { $error }
carry-collect-heading = Rassembler les relevés
carry-collect-body = Sur l’ordinateur du formateur : rassemblez les fichiers de relevés enregistrés sur les ordinateurs des apprenants. Rassembler deux fois le même fichier ne change rien, un fichier plus récent d’un ordinateur remplace l’ancien, et les apprenants de cet ordinateur-ci ne sont jamais touchés.
carry-collect-drop = Vous pouvez aussi déposer des fichiers de relevés, ou un dossier qui en contient, sur cette fenêtre.
carry-collect = Choisir des fichiers de relevés…
carry-collecting = Fichier { $number } sur { $total } : { $file }
carry-collect-failed = Rien n’a pu être rassemblé : { $error }
carry-collected-summary = { $total ->
    [0] Aucun fichier rassemblé
    [one] { $collected } fichier rassemblé sur un
   *[other] { $collected } fichiers rassemblés sur { $total }
}{ $refused ->
    [0] .
    [one] , un refusé.
   *[other] , { $refused } refusés.
}
carry-file-new = { $file } : { $learners ->
    [one] un apprenant rassemblé
   *[other] { $learners } apprenants rassemblés
} depuis « { $device } », un ordinateur nouveau ici.
carry-file-superseded = { $file } : { $learners ->
    [one] un apprenant rassemblé
   *[other] { $learners } apprenants rassemblés
} depuis « { $device } », à la place de ses relevés précédents.
carry-file-unchanged = { $file } : déjà rassemblé depuis « { $device } ». Rien n’a changé.
carry-file-older = { $file } : des relevés plus récents de « { $device } » (enregistrés le { $saved }) sont déjà ici. Rien n’a changé.
carry-file-refused = Refusé, rien n’a été rassemblé : { $reason }
carry-file-failed = Non rassemblé : { $reason }
picker-save-title = Choisissez le dossier où enregistrer
picker-collect-title = Choisissez des fichiers de relevés, ou le dossier qui les contient
picker-in = Dans { $folder }
picker-places = Clés USB et dossier personnel
picker-up = Remonter d’un dossier
picker-reading = Lecture…
picker-no-places = Aucune clé USB trouvée. Branchez-en une, puis appuyez sur Regarder de nouveau.
picker-no-folders = Aucun dossier ici. Enregistrez ici, ou remontez.
picker-nothing-here = Ni dossier ni fichier de relevés ici.
picker-collect-files = { $count ->
    [0] Rassembler les fichiers cochés
    [one] Rassembler le fichier coché
   *[other] Rassembler les { $count } fichiers cochés
}
picker-save-here = Enregistrer ici
picker-print-title = Choisissez le dossier du PDF des certificats
picker-print-here = Enregistrer le PDF ici
picker-collect-folder = Rassembler tous les fichiers de relevés de ce dossier
picker-refresh = Regarder de nouveau
picker-cancel = Annuler
picker-drive = Clé USB { $name }
picker-home = Dossier personnel
error-records-io = { $file } n’a pas pu être utilisé : { $reason }. Vérifiez que la clé USB est branchée et qu’il reste de la place, puis réessayez.
error-records-not-written = Le fichier de relevés { $file } n’a pas pu être créé. Rien n’a été écrit. Réessayez, et signalez-le si cela se répète.
error-records-not-records = { $file } n’est pas un fichier de relevés Fieldcourse. Choisissez un fichier .fcrecords enregistré avec « Enregistrer les relevés pour le formateur ».
error-records-truncated = { $file } est incomplet : la copie ou l’enregistrement a été interrompu. Copiez-le de nouveau, ou enregistrez de nouveau les relevés sur son ordinateur.
error-records-unsigned = { $file } ne porte pas la signature de l’ordinateur qui l’a enregistré. Enregistrez de nouveau les relevés sur cet ordinateur.
error-records-tampered = { $file } a été modifié ou abîmé après son enregistrement. Enregistrez de nouveau les relevés sur son ordinateur et apportez le nouveau fichier.
error-records-newer-format = { $file } a été enregistré par un Fieldcourse plus récent (format de relevés { $found } ; celui-ci lit jusqu’au { $supported }). Mettez Fieldcourse à jour sur cet ordinateur, puis rassemblez-le de nouveau.
error-records-unreadable = { $file } est signé par son ordinateur, mais ses relevés ne peuvent pas être lus. Enregistrez-les de nouveau là-bas, avec la même version de Fieldcourse que celui-ci.
error-records-key-mismatch = { $file } dit venir de « { $device } », mais les relevés de cet ordinateur ont d’abord été rassemblés ici avec une autre clé de signature. Vérifiez que le fichier vient bien de cet ordinateur : un ordinateur réinstallé ne peut pas remplacer les relevés de l’ancien.
error-records-own-device = { $file } a été enregistré sur cet ordinateur, dont les apprenants sont déjà ici. Rassemblez les fichiers des autres ordinateurs.
error-records-inconsistent = Les relevés de { $file } ne sont pas cohérents. Enregistrez-les de nouveau sur leur ordinateur.
error-records-empty-folder = Le dossier { $folder } ne contient aucun fichier de relevés. Choisissez le dossier où les fichiers ont été enregistrés, ou les fichiers eux-mêmes.

## Paquets de cours signés : qui a publié un cours, et si cet appareil fait confiance à la clé
publisher-verified = Publié par { $name } (vérifié)
publisher-verified-detail = Signé avec une clé à laquelle cet appareil fait confiance.
publisher-unknown = Signé au nom de « { $name } » avec une clé que cet appareil ne connaît pas (non vérifié)
publisher-unsigned = Non signé : rien n’indique qui a publié ce paquet (non vérifié)
publisher-key = Clé : { $did }
trainer-import-unsigned = « { $course } » version { $version } n’est pas signé.
trainer-import-unsigned-body = Rien n’indique qui a fait ce paquet, ni que personne ne l’a modifié en route. Ne l’installez que si vous savez d’où il vient.
trainer-import-unknown = « { $course } » version { $version } est signé au nom de « { $name } », avec une clé que cet appareil ne connaît pas.
trainer-import-unknown-body = N’importe qui peut créer une clé et signer sous n’importe quel nom. Ne l’installez que si vous savez que ce paquet vient bien de « { $name } ». Pour faire confiance à cet éditeur désormais, installez sa clé sur cet ordinateur (fieldcourse issuer install).
trainer-import-install-anyway = L’installer quand même
trainer-import-cancel = Ne pas installer
trainer-import-new-publisher = Le cours « { $course } » installé a été publié par « { $installed } » ; ce paquet est signé avec une autre clé, au nom de « { $offered } ».
trainer-import-new-publisher-unsigned = Le cours « { $course } » installé a été publié par « { $installed } » ; ce paquet n’est pas signé.
trainer-import-new-publisher-body = Un cours change rarement d’éditeur. Ne le remplacez que si vous savez pourquoi ; sinon gardez le cours installé et interrogez son éditeur.
trainer-import-replace-anyway = Le remplacer quand même
trainer-import-keep-publisher = Garder le cours installé
course-publisher-verified = Publié par { $name } · vérifié
course-publisher-unverified = Signé au nom de « { $name } » · non vérifié
error-package-bad-signature = La signature de ce paquet ne correspond pas à son contenu : il a été modifié après la signature, ou abîmé en route. Rien n’a été installé : demandez une nouvelle copie à l’éditeur.
error-package-unverified-unsigned = « { $course } » n’est pas signé : rien n’a été installé.
error-package-unverified-unknown = « { $course } » est signé au nom de « { $publisher } » avec une clé que cet appareil ne connaît pas : rien n’a été installé.
error-package-new-publisher = « { $course } » a été publié par « { $installed } », et ce paquet vient d’un autre éditeur : rien n’a changé.
