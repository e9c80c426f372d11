# Textos de la interfaz de Fieldcourse: español.

app-title = Fieldcourse

## Biblioteca
library-heading = Sus cursos
library-loading = Buscando cursos…
library-opening = Abriendo…
library-count = { $count ->
    [one] Un curso
   *[other] { $count } cursos
}
library-empty-title = Todavía no hay cursos
library-empty-body = Pida un curso a su formador o formadora, coloque su carpeta en { $folder } y pulse Actualizar.
library-reload = Actualizar
library-folders = Los cursos se leen de estas carpetas:

## Ficha de un curso
course-by = Publicado por { $publisher }
course-languages = Idiomas: { $languages }
# Entre los elementos de una lista escrita en línea, como los idiomas de un curso.
list-separator = {", "}
course-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
course-lessons = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
course-broken-badge = Necesita corrección
course-broken-summary = { $count ->
    [one] Un problema impide abrir este curso. Pida a su autor que lo corrija:
   *[other] { $count } problemas impiden abrir este curso. Pida a su autor que los corrija:
}
course-warnings = { $count ->
    [one] Una sugerencia para el autor
   *[other] { $count } sugerencias para el autor
}

## Problemas en un curso
problem-error = Problema
problem-warning = Sugerencia
problem-where = { $file }, línea { $line }, columna { $column }
problem-fix = Qué hacer: { $hint }
diagnostic-io = No se pudo leer este archivo.
diagnostic-too-large = Este archivo supera el tamaño que acepta Fieldcourse (64 MB).
diagnostic-not-a-course = Esta carpeta no contiene course.json.
diagnostic-syntax = Este archivo no es JSON válido: falta o sobra una coma, unas comillas o un corchete.
diagnostic-type = Aquí un valor tiene un tipo equivocado (texto donde va un número, por ejemplo).
diagnostic-unknown-field = Este campo no forma parte del formato de los cursos.
diagnostic-missing-field = Aquí falta un campo obligatorio.
diagnostic-invalid-value = Este valor no está permitido aquí.
diagnostic-newer-format = Este curso necesita una versión más nueva de Fieldcourse.
diagnostic-duplicate-id = Este identificador se usa dos veces en el curso.
diagnostic-malformed-id = Un identificador solo puede llevar minúsculas, cifras y guiones.
diagnostic-empty-text = Un título o texto que no puede quedar vacío está vacío.
diagnostic-answer-key = La respuesta de esta pregunta no encaja con su tipo de pregunta.
diagnostic-unused-field = Este campo está puesto donde no tiene ningún efecto.
diagnostic-quiz-settings = Un ajuste del cuestionario no puede funcionar así (se sacan más preguntas de las que tiene, por ejemplo).
diagnostic-asset = Falta un archivo que usa el curso, o está fuera de la carpeta del curso.
diagnostic-missing-alt = Una imagen no tiene descripción para quien no puede verla.
diagnostic-translation = Una traducción no coincide con el curso que traduce.
diagnostic-untranslated = Partes de una traducción aún no están traducidas: los participantes las ven en el idioma original del curso.
diagnostic-completion = La regla de finalización nombra una lección o un cuestionario que el curso no tiene.
diagnostic-empty-lesson = Esta lección no tiene contenido.
diagnostic-no-explanations = Ninguna pregunta de este cuestionario explica su respuesta.
diagnostic-longest-option = En la mayoría de las preguntas la opción correcta es la más larga, así que se puede adivinar.
diagnostic-lopsided-true-false = La mayoría de las afirmaciones de verdadero o falso de este cuestionario tienen la misma respuesta.
diagnostic-all-none-of-the-above = Una opción dice «todas las anteriores» o «ninguna de las anteriores».
diagnostic-absolute-words = Palabras como «siempre» y «nunca» aparecen sobre todo en opciones incorrectas, así que permiten adivinar.
diagnostic-near-duplicate = Dos preguntas son casi iguales.
diagnostic-answer-position = Las opciones no se mezclan y la correcta está siempre en el mismo lugar.
problem-field = Lugar en el archivo: { $pointer }
problem-place = Lugar en el archivo: { $place } ({ $pointer })
place-module = módulo { $number }
place-lesson = lección { $number }
place-block = bloque { $number }
place-quiz = cuestionario
place-final-assessment = evaluación final
place-question = pregunta { $number }
place-option = opción { $number }
place-pair = pareja { $number }
place-item = elemento { $number }
place-distractor = distractor { $number }
place-accepted-answer = respuesta aceptada { $number }
place-partial-answer = respuesta con puntos parciales { $number }
problems-show-all = Mostrar los { $count } problemas
problems-show-fewer = Mostrar menos

## Certificate
certificate-heading = Certificado de finalización
certificate-presented-to = Se certifica que
certificate-has-completed = ha completado con éxito el curso
certificate-version = Versión { $version }
certificate-score = Puntuación final { $score }
certificate-percent = { $value } %
certificate-decimal-mark = ,
certificate-completed-on = Completado el { $date }
certificate-valid-until = Válido hasta el { $date }
certificate-published-by = Curso publicado por { $publisher }
certificate-code = Código de verificación
certificate-verify-hint = Verificación sin conexión: fieldcourse verify ARCHIVO.pdf
certificate-verify-scan = Para comprobarlo, escanee el código o abra esta página:
certificate-device-key = Firmado con la clave propia de este dispositivo, no con una clave de { $organisation }
certificate-criteria = Completó todas las lecciones requeridas y aprobó todos los cuestionarios requeridos.
certificate-date = { $day } de { $month } de { $year }
certificate-month-1 = enero
certificate-month-2 = febrero
certificate-month-3 = marzo
certificate-month-4 = abril
certificate-month-5 = mayo
certificate-month-6 = junio
certificate-month-7 = julio
certificate-month-8 = agosto
certificate-month-9 = septiembre
certificate-month-10 = octubre
certificate-month-11 = noviembre
certificate-month-12 = diciembre

## Presentación del curso
course-start = Empezar el curso
course-module-heading = Módulo { $number }: { $title }
course-quiz-line = { $title }: { $count ->
    [one] una pregunta
   *[other] { $count } preguntas
} por intento, nota para aprobar { $percent } %.
course-quiz-attempts = { $count ->
    [one] Un intento.
   *[other] { $count } intentos.
}
course-certificate = Al completar el curso se obtiene un certificado de { $organisation }.
nav-library = Biblioteca
nav-course = Presentación del curso

## Lectura de una lección
lesson-hide-outline = Ocultar el índice
lesson-show-outline = Mostrar el índice
lesson-empty = Esta lección todavía no tiene contenido.
lesson-progress = Lección { $number } de { $count }
lesson-picture-missing = No se pudo mostrar esta imagen ({ $reason }). Muestra: { $alt }
lesson-picture-reading = Cargando la imagen…
lesson-case-study = Estudio de caso
lesson-reflection = Para reflexionar
lesson-previous = Lección anterior
lesson-next = Lección siguiente
lesson-finish = Volver al curso
lesson-to-quiz = Ir al cuestionario
lesson-outline-quiz = Cuestionario: { $title }
callout-note = Nota
callout-tip = Consejo
callout-warning = Atención
callout-key-points = Puntos clave

## Course overview: progress
course-continue = Continuar
course-review = Repasar el curso
course-continue-where = Seguir donde lo dejó
course-completed = Curso terminado
course-lessons-done = { $total ->
    [one] { $done } de { $total } lección hecha
   *[other] { $done } de { $total } lecciones hechas
}
course-lesson-done = Leída
course-lesson-todo = Por leer
course-quiz-take = Hacer el cuestionario
course-quiz-resume = Retomar su intento
course-quiz-retake = Hacerlo de nuevo
course-quiz-passed = Aprobado con { $percent } %.
course-quiz-out-of-attempts = No quedan intentos. Su mejor puntuación fue { $percent } %. Consulte a su formador si necesita otra oportunidad.
course-quiz-best = Mejor puntuación hasta ahora: { $percent } %. { $left ->
    [-1] Puede intentarlo de nuevo.
    [0] No quedan intentos.
    [one] Queda un intento.
   *[other] Quedan { $left } intentos.
}
course-certificate-ready = Todo está hecho: su certificado está listo.
course-certificate-needs = Falta para el certificado:
course-certificate-lessons-left = { $count ->
    [one] Una lección por leer.
   *[other] { $count } lecciones por leer.
}
course-certificate-quiz-left = Aprobar «{ $title }».
nav-back = Volver
nav-settings = Ajustes

## Who is learning?
learners-heading = ¿Quién va a aprender?
learners-intro = Elija su nombre para seguir donde lo dejó. El progreso de cada persona se guarda por separado.
learners-add = + Añadir una persona
learners-add-heading = Añadir una persona
learners-add-intro = Su progreso, sus puntuaciones y sus certificados se guardan en este equipo a su nombre.
learners-name = Su nombre
learners-certificate-name = Nombre en los certificados (si es distinto)
learners-new-pin = PIN (opcional)
learners-pin-hint = Un PIN de 4 a 32 caracteres impide que otras personas de este equipo abran su progreso. Déjelo vacío si el equipo es solo suyo.
learners-create = Empezar
learners-cancel = Cancelar
learners-has-pin = Protegido con PIN
learners-pin-heading = { $name }, escriba su PIN
learners-pin-placeholder = PIN
learners-open = Abrir
learners-name-needed = Escriba primero un nombre.
learners-wrong-pin = Ese PIN no es correcto. Inténtelo de nuevo o pida a su formador que lo restablezca.
pin-checking = Comprobando el PIN…
pin-saving = Guardando el PIN…
library-switch-learner = { $name }: cambiar de persona
library-open-failed = No se pudo abrir este curso: { $problem }

## Lesson reader: notes and saving
lesson-note-placeholder = Escriba aquí sus reflexiones. Solo usted puede verlas.
lesson-note-private = Su nota es privada y se guarda en este equipo.
lesson-note-saving = Guardando…

## Settings
settings-heading = Ajustes
settings-language = Idioma
settings-theme = Colores
settings-text-size = Tamaño del texto
settings-percent = { $percent } %
settings-names = Nombres
settings-certificate-name-hint = Los certificados muestran este nombre tal como se escribe, con tildes. Déjelo vacío para usar su nombre.
settings-save-names = Guardar nombres
settings-names-saved = Guardado.
theme-light = Claro
theme-dark = Oscuro
theme-high-contrast = Alto contraste

## Keyboard shortcuts (F1)
shortcuts-heading = Atajos de teclado
shortcuts-close = Pulse F1 o Esc para cerrar esta lista.
keys-f1 = F1
keys-tab = Tab, Mayús+Tab
keys-enter = Intro
keys-escape = Esc
keys-arrows-side = Izquierda, Derecha
keys-arrows-updown = Arriba, Abajo
keys-page = Re Pág, Av Pág, Espacio
keys-home-end = Inicio, Fin
keys-digits = 1 a 9
keys-space = Espacio
keys-list = Alt+Abajo
keys-zoom = Ctrl+Más, Ctrl+Menos
keys-reload = F5
shortcut-help = Mostrar u ocultar esta lista
shortcut-focus = Ir al control siguiente o anterior
shortcut-activate = Confirmar: abrir, comprobar la respuesta, seguir
shortcut-back = Volver a la pantalla anterior
shortcut-lessons = Lección anterior o siguiente (invertido en árabe)
shortcut-scroll = Desplazar un poco
shortcut-page = Desplazar una pantalla
shortcut-ends = Ir al principio o al final
shortcut-answer = Elegir la respuesta 1 a 9 de un cuestionario
shortcut-toggle = Pulsar el botón o marcar la respuesta que tiene el foco
shortcut-list = Abrir la lista que tiene el foco (Arriba, Abajo y luego Intro)
shortcut-zoom = Texto más grande o más pequeño
shortcut-reload = Volver a leer las carpetas de cursos

## Progress file problems
store-failed-heading = No se pudo abrir su archivo de progreso
store-failed-help = No se ha cambiado nada. Cierre otras ventanas de Fieldcourse y vuelva a abrirlo. Si sigue ocurriendo, entregue a su formador la carpeta { $folder }: contiene el archivo de progreso y sus copias diarias, que su formador puede recuperar.
course-not-translated = Este curso aún no está traducido a su idioma, así que se muestra en su idioma original: { $language }.
course-partly-translated = Algunas partes de este curso aún no están traducidas y se muestran en su idioma original: { $language }.

## Pantalla del certificado
course-see-certificate = Su certificado
cert-screen-title = Su certificado
cert-issued-now = Enhorabuena: ha completado el curso. Su certificado está listo.
cert-none = Este curso no otorga certificado.
cert-failed = No se pudo preparar el certificado: { $error }
completion-not-saved = Su trabajo está guardado, pero no se pudo registrar que terminó el curso: { $problem } Se vuelve a intentar cada vez que abre el curso.
cert-save-pdf = Guardar PDF
cert-open-to-print = Abrir para imprimir
cert-save-where = El PDF se guardará en esta carpeta:
cert-saving = Guardando…
cert-saved = Guardado. Su certificado está aquí:
cert-saved-json = Su credencial digital está al lado:
cert-save-failed = No se pudo guardar el PDF: { $error }
cert-opening = Abriendo el PDF…
cert-opened = El PDF está abierto en su visor de PDF: imprímalo desde allí.
cert-no-viewer = No se encontró ningún programa para mostrar PDF en este equipo. Copie el certificado guardado a un equipo con impresora:
cert-not-yet-title = Aún no ha terminado
cert-not-yet-body = Su certificado se emitirá en cuanto termine lo que se indica a continuación.
cert-lessons-left = { $count ->
    [one] Una lección por terminar
   *[other] { $count } lecciones por terminar
}
cert-quizzes-left = { $count ->
    [one] Un cuestionario por aprobar
   *[other] { $count } cuestionarios por aprobar
}

## Área del formador
trainer-open = Área del formador
trainer-title = Área del formador
trainer-tab-import = Importar un curso
trainer-tab-learners = Participantes
trainer-tab-report = Informe
trainer-tab-register = Certificados
trainer-read-failed = No se pudo leer el archivo de progreso: { $error }
trainer-import-heading = Importar un curso
trainer-import-body = Escriba la ruta de un paquete de curso (.fcourse), de una carpeta de curso o de su archivo course.json. Primero se comprueba el curso y solo se instala si no tiene problemas.
trainer-import-placeholder = /media/usb/mi-curso
trainer-import = Importar
trainer-import-no-path = Escriba primero la ruta de una carpeta de curso.
trainer-import-checking = Comprobando y copiando el curso…
trainer-import-done = «{ $title }», versión { $version }, está instalado. Los participantes ya lo encuentran en la biblioteca.
trainer-import-refused = { $count ->
    [one] No instalado: primero hay que corregir un problema. Entregue esta lista al autor del curso:
   *[other] No instalado: primero hay que corregir { $count } problemas. Entregue esta lista al autor del curso:
}
trainer-import-failed = No se pudo instalar el curso: { $error }
package-incomplete = { $file } no es un paquete de Fieldcourse completo. Puede que se cortara al copiarlo: cópielo de nuevo desde el original e importe la nueva copia.
package-not-zip = { $file } no es un paquete de Fieldcourse. Elija el propio archivo .fcourse, o una carpeta de curso.
package-unsupported = { $file } usa una función zip que Fieldcourse no lee (cifrado o una compresión poco habitual). Pida que el paquete se vuelva a crear con Fieldcourse.
trainer-learners-heading = { $count ->
    [one] Un participante en este equipo
   *[other] { $count } participantes en este equipo
}
trainer-no-learners = Aún no hay participantes. Aparecen aquí en cuanto añaden su nombre.
trainer-learner-not-started = Todavía no ha empezado ningún curso.
trainer-progress-lessons = Lecciones: { $done } de { $total }
trainer-progress-quizzes = Cuestionarios aprobados: { $passed } de { $total }
trainer-progress-completed = Completado
trainer-progress-certified = Certificado emitido
trainer-report-heading = Informe de progreso
trainer-report-body = Un archivo de hoja de cálculo (CSV) con una línea por participante y curso: lecciones terminadas, resultados de los cuestionarios, finalización y certificado.
trainer-export-csv = Exportar informe CSV
trainer-export-where = El informe se guardará en esta carpeta:
trainer-export-writing = Escribiendo el informe…
trainer-export-done = Informe guardado aquí:
trainer-export-failed = No se pudo guardar el informe: { $error }
trainer-register-heading = { $count ->
    [one] Un certificado emitido en este equipo
   *[other] { $count } certificados emitidos en este equipo
}
trainer-no-certificates = Aún no se ha emitido ningún certificado.
trainer-register-learner = Participante
trainer-register-course = Curso
trainer-register-date = Fecha
trainer-register-code = Código

## Cuestionario
quiz-open-failed = No se pudo abrir este cuestionario: { $reason }
quiz-progress = Pregunta { $number } de { $count }
quiz-hint-single = Elija una respuesta (o pulse su número).
quiz-hint-multiple = Elija todas las respuestas correctas (o pulse sus números).
quiz-hint-true-false = ¿Verdadero o falso? (Pulse 1 para verdadero, 2 para falso.)
quiz-hint-matching = Una cada elemento de la izquierda con uno de su lista.
quiz-hint-ordering = Ordene los elementos con los botones Subir y Bajar.
quiz-hint-short = Escriba su respuesta y pulse Intro.
quiz-hint-numeric = Escriba un número y pulse Intro.
quiz-true = Verdadero
quiz-false = Falso
quiz-choose = Elegir…
quiz-move-up = Subir
quiz-move-down = Bajar
quiz-type-answer = Su respuesta
quiz-type-number = Un número, por ejemplo 12 o 3,5
quiz-check = Comprobar
quiz-next = Pregunta siguiente
quiz-previous = Pregunta anterior
quiz-submit = Enviar respuestas
quiz-correct = Correcto
quiz-partly = En parte correcto
quiz-partly-share = En parte correcto: { $percent } % de los puntos
quiz-incorrect = No del todo
quiz-right-answer = La respuesta correcta: { $answer }
quiz-why = Por qué: { $explanation }
quiz-not-answered = (sin respuesta)
quiz-not-saved = No se pudo guardar su respuesta, así que sigue en pantalla. Vuelva a intentarlo en un momento; si sigue fallando, avise a su formador. Motivo: { $reason }
quiz-not-submitted = No se pudieron enviar sus respuestas. Están guardadas: vuelva a intentarlo en un momento o vuelva más tarde para enviarlas. Motivo: { $reason }
quiz-not-a-number = Eso no es un número que este cuestionario pueda leer. Escriba cifras, por ejemplo 12 o 3,5.
quiz-course-changed = Esta pregunta cambió desde que empezó el intento y no se puede corregir. Avise a su formador. Motivo: { $reason }
quiz-unanswered = { $count ->
    [one] La pregunta { $numbers } aún no tiene respuesta. Valdrá 0 si envía ahora.
   *[other] Las preguntas { $numbers } aún no tienen respuesta. Valdrán 0 si envía ahora.
}
quiz-keep-answering = Seguir respondiendo
quiz-submit-anyway = Enviar de todos modos

## Resultados del cuestionario
quiz-results-title = Resultados: { $title }
quiz-score = Su puntuación: { $percent } %
quiz-points = { $max ->
    [one] { $points } de { $max } punto
   *[other] { $points } de { $max } puntos
}
quiz-pass-mark = Nota para aprobar: { $percent } %
quiz-passed = Aprobado
quiz-not-passed = Aún no aprobado
quiz-attempts-left = { $count ->
    [0] No quedan intentos.
    [one] Queda un intento.
   *[other] Quedan { $count } intentos.
}
quiz-try-again = Intentar de nuevo
quiz-back-to-course = Volver al curso
quiz-not-started = No se pudo empezar un nuevo intento: { $reason }
quiz-review = Revisión
quiz-question-number = Pregunta { $number }
quiz-your-answer = Su respuesta: { $answer }
quiz-review-hidden = Este cuestionario solo muestra la puntuación, no las respuestas.
quiz-number-tolerance = { $value } (con un margen de { $tolerance })
quiz-number-range = cualquier número de { $min } a { $max }
quiz-partial-answers = También valen parte de los puntos: { $answers }
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = Ha usado todos los intentos de este cuestionario
quiz-attempts-used = { $count ->
    [one] Hizo un intento.
   *[other] Hizo { $count } intentos.
}
quiz-best-score = Su mejor puntuación: { $percent } %
quiz-out-of-attempts-passed = Ha aprobado, así que no hace falta nada más aquí. Repase las lecciones cuando quiera.
quiz-out-of-attempts-help = Para intentarlo de nuevo, pida más intentos a su formador. Mientras tanto, repase las lecciones del módulo.
course-quiz-open-locked = Abrir el cuestionario

## Trainer PIN
trainer-tab-pin = PIN de formador
trainer-pin-is-set = Hay un PIN de formador: el área del formador lo pide antes de abrirse.
trainer-pin-not-set = No hay PIN de formador: cualquiera que use este equipo puede abrir el área del formador. En un equipo compartido, defina uno.
trainer-pin-new = Nuevo PIN (de 4 a 32 caracteres)
trainer-pin-save = Definir el PIN
trainer-pin-remove = Quitar el PIN
trainer-pin-saved = El PIN de formador está definido.
trainer-pin-removed = Se ha quitado el PIN de formador: el área del formador está abierta en este equipo.
trainer-pin-heading = Área del formador
trainer-pin-intro = Escriba el PIN de formador. Reserva a los formadores los resultados de los participantes y la instalación de cursos.
trainer-pin-wrong = Ese no es el PIN de formador. Inténtelo de nuevo.

## Importing: older versions and dropped files
trainer-import-drop = También puede soltar un paquete, una carpeta de curso o su course.json sobre esta ventana.
trainer-import-older = Está instalada la versión { $installed } de { $id }; esta es la versión anterior { $offered }.
trainer-import-older-body = Los participantes conservan su progreso en las lecciones y cuestionarios que comparten ambas versiones. Instale la versión anterior solo si de verdad quiere volver a ella.
trainer-import-keep = Mantener la versión instalada
trainer-import-install-older = Instalar la versión anterior
trainer-import-replaced = Sustituye a la versión { $version }: { $added ->
    [one] { $added } lección o cuestionario es nuevo
   *[other] { $added } lecciones o cuestionarios son nuevos
} y { $removed ->
    [one] { $removed } ya no está
   *[other] { $removed } ya no están
}. Los participantes conservan su progreso en todo lo que queda.
trainer-import-where = Copiado en { $folder }
trainer-import-replaced-bundled = La biblioteca lo muestra ahora en lugar de la versión { $version } incluida con la aplicación, que sigue en este equipo: { $added ->
    [one] { $added } lección o cuestionario es nuevo
   *[other] { $added } lecciones o cuestionarios son nuevos
} y { $removed ->
    [one] { $removed } ya no está
   *[other] { $removed } ya no están
}. Los participantes conservan su progreso en todo lo que queda.
trainer-import-same-version = Sustituye a la copia de la versión { $version } que estaba instalada. Los participantes conservan su progreso.
trainer-import-no-suggestions = Las comprobaciones no encontraron nada que sugerir al autor.
drop-open-trainer = Para instalar un curso, abra el área del formador y suelte allí el archivo.

## Live preview
trainer-preview-heading = Previsualizar un curso que está escribiendo
trainer-preview-body = Escriba la ruta de una carpeta de curso para verlo como lo verán los participantes. La vista previa se recarga cada vez que guarda un archivo de esa carpeta, y nada de lo que se haga en ella se guarda.
trainer-preview-placeholder = /home/yo/cursos/mi-curso
trainer-preview = Previsualizar
trainer-preview-no-path = Escriba primero la ruta de una carpeta de curso.
preview-title = Vista previa de Fieldcourse
preview-failed = No se pudo abrir la vista previa: { $reason }
preview-not-a-folder = { $path } no es una carpeta. Indique la carpeta del curso, la que contiene course.json.
preview-learner = Participante de prueba
preview-item-gone = «{ $id }» ya no está en el curso, así que se muestra su resumen.
preview-broken-title = Este curso aún no se puede mostrar
preview-broken-body = Corrija los problemas que aparecen junto a este texto y guarde el archivo: la vista previa se recarga sola.
preview-band = Vista previa de { $folder } · no se guarda nada
preview-watching = Atenta a los cambios
preview-reloaded = { $count ->
    [one] Recargada una vez
   *[other] Recargada { $count } veces
}
preview-close = Cerrar la vista previa
preview-problems-errors = { $count ->
    [one] Un problema por corregir
   *[other] { $count } problemas por corregir
}
preview-problems-warnings = { $count ->
    [one] Una sugerencia
   *[other] { $count } sugerencias
}
preview-showing-last = El curso que se muestra es la última versión sin errores.

## Learning records (xAPI)
trainer-tab-records = Registros de aprendizaje
records-heading = Enviar los registros de aprendizaje
records-body = Cada lección terminada, respuesta dada, cuestionario aprobado y certificado obtenido en este equipo se guarda como registro de aprendizaje hasta que llega al almacén de registros (LRS) de su organización. Enviar de nuevo nunca cuenta nada dos veces.
records-heading-file = Registros de aprendizaje
records-body-file = Cada lección terminada, respuesta dada, cuestionario aprobado y certificado obtenido en este equipo se guarda como registro de aprendizaje. Esta copia de Fieldcourse no puede enviarlos por la red: guárdelos en un archivo y entrégueselo a quien los reúne para el almacén de registros (LRS) de su organización.
records-waiting = { $count ->
    [0] No hay registros pendientes: todo se ha enviado.
    [one] Un registro espera para enviarse.
   *[other] { $count } registros esperan para enviarse.
}{ $exported ->
    [0] {""}
    [one] {" "}({ $exported } de ellos ya guardado en un archivo.)
   *[other] {" "}({ $exported } de ellos ya guardados en un archivo.)
}
records-count-failed = No se pudieron contar los registros de aprendizaje.
records-endpoint = Dirección del LRS
records-no-endpoint = Escriba primero la dirección del LRS de su organización. Pida la dirección, un usuario y una contraseña a quien lo administra.
records-user = Usuario (clave del LRS)
records-password = Contraseña (secreto del LRS)
records-remembered = La dirección, el usuario y la contraseña se guardan en lrs.json, en la carpeta de datos, que solo su cuenta de este equipo puede leer.
records-send = Enviar los registros
records-save = Guardar en un archivo
records-sending = { $total ->
    [one] Enviando… { $delivered } de { $total } registro entregado.
   *[other] Enviando… { $delivered } de { $total } registros entregados.
}
records-sent = { $sent ->
    [0] No había nada nuevo que enviar.
    [one] Se entregó un registro.
   *[other] Se entregaron { $sent } registros.
}{ $held ->
    [0] {""}
   *[other] {" "}El LRS ya tenía { $held } de un intento anterior.
}
records-send-failed = No enviado: { $error }
records-plain-http = No enviado: esta dirección empieza por http://, así que el usuario y la contraseña cruzarían la red sin cifrar, al alcance de otros. Pida la dirección https:// del LRS. Si esta red es privada y acepta el riesgo, marque la casilla de abajo y vuelva a enviar.
records-allow-http = Enviar de todos modos por http:// sin cifrar
trainer-log-help = Si algo falla, Fieldcourse anota lo ocurrido en su registro, en la carpeta { $folder }. Entregue los archivos que contiene a quien le da soporte.
records-saving = Guardando los registros…
records-saved = { $count ->
    [one] Se guardó un registro. Lleve este archivo a un equipo con conexión; los registros siguen aquí hasta que se envíen.
   *[other] Se guardaron { $count } registros. Lleve este archivo a un equipo con conexión; los registros siguen aquí hasta que se envíen.
}
records-save-failed = No se pudieron guardar los registros: { $error }

## Espera tras PIN erróneos, primera visita al área del formador, PIN de los participantes, una sola ventana por carpeta de datos
pin-wait = { $seconds ->
    [one] Demasiados PIN erróneos. Vuelva a intentarlo dentro de { $seconds } segundo, o pida a su formador un PIN nuevo.
   *[other] Demasiados PIN erróneos. Vuelva a intentarlo dentro de { $seconds } segundos, o pida a su formador un PIN nuevo.
}
learners-pin-empty = Escriba primero su PIN.
folder-in-use-heading = Fieldcourse ya está abierto
folder-in-use-body = Otra ventana de Fieldcourse, o un comando como «fieldcourse backup restore», está usando la carpeta de datos { $folder }. Esta ventana no ha abierto ni cambiado nada. Cierre la otra y vuelva a abrir Fieldcourse.
trainer-setup-heading = Proteger el área del formador
trainer-setup-intro = El área del formador muestra los resultados de todos los participantes e instala cursos. Elija un PIN de formador para que solo los formadores puedan abrirla.
trainer-pin-repeat = El mismo PIN otra vez
trainer-setup-save = Guardar el PIN y abrir
trainer-setup-open-intro = En un equipo que solo usan formadores, puede dejar el área del formador abierta. Fieldcourse recuerda esta elección y muestra un aviso en el área del formador.
trainer-setup-leave-open = Dejar el área del formador abierta en este equipo
trainer-pin-mismatch = Los dos PIN no coinciden. Escríbalos de nuevo.
pin-length = Un PIN tiene al menos { $min } y como máximo { $max } caracteres (cifras o letras). Elija otro.
trainer-left-open-warning = El área del formador está abierta en este equipo: cualquiera que lo use puede ver los resultados de todos los participantes e instalar cursos.
trainer-left-open-set-pin = Elegir un PIN de formador
trainer-learner-has-pin = Entra con un PIN.
trainer-learner-no-pin = Entra sin PIN.
trainer-learner-pin-reset = Poner un PIN nuevo
trainer-learner-pin-set = Poner un PIN
trainer-learner-pin-remove = Quitar el PIN
trainer-learner-pin-save = Guardar el PIN
trainer-learner-pin-saved = { $name } entra ahora con el PIN nuevo. Dígaselo.
trainer-learner-pin-removed = { $name } entra ahora sin PIN.

## Área del formador: qué tal funciona cada pregunta de los cuestionarios
trainer-tab-questions = Preguntas
trainer-questions-heading = Qué tal funciona cada pregunta
trainer-questions-body = Elija un curso y un cuestionario. Cada barra es una pregunta: la proporción de participantes que acertaron. Elija una pregunta de la lista para ver qué respondieron. Las cifras proceden de los participantes de este equipo y de los archivos de registros de otros portátiles recogidos aquí.
trainer-questions-no-courses = No se encontró ningún curso con cuestionario. Importe primero un curso.
trainer-questions-course = Curso
trainer-questions-quiz = Cuestionario
trainer-questions-scope-first = Primer intento de cada participante: mostrar todos los intentos
trainer-questions-scope-all = Todos los intentos: mostrar solo los primeros
trainer-questions-no-attempts = Ningún participante ha entregado aún este cuestionario.
trainer-questions-attempts = { $count ->
    [one] 1 intento analizado
   *[other] { $count } intentos analizados
}
trainer-questions-collected = { $count ->
    [one] De ellos, { $count } intento se hizo en otro portátil y llegó en su archivo de registros.
   *[other] De ellos, { $count } intentos se hicieron en otros portátiles y llegaron en sus archivos de registros.
}
trainer-questions-scores = Puntuación media { $mean } · mediana { $median } · dispersión (desviación típica) { $sd }
trainer-questions-pass-rate = Tasa de aprobados { $rate } (nota mínima { $mark })
trainer-questions-alpha = Coherencia (alfa de Cronbach) { $alpha }: desde 0,7, el cuestionario ordena a los participantes de forma coherente.
trainer-questions-unreadable = { $count ->
    [one] { $count } intento no se pudo leer y queda fuera.
   *[other] { $count } intentos no se pudieron leer y quedan fuera.
}
trainer-questions-facility-chart = Proporción de aciertos por pregunta
trainer-questions-score-chart = Puntuaciones
trainer-questions-pass-line = La línea discontinua marca la nota mínima ({ $mark }).
trainer-questions-list = Preguntas
trainer-questions-facts = Salió { $drawn } veces · aciertos { $facility } · desviación { $sd } · discriminación { $discrimination }
trainer-questions-right-answer = Respuesta correcta: { $answer }
trainer-questions-options = Lo que eligieron los participantes
trainer-questions-right-option = { $option } (respuesta correcta)
trainer-questions-share = { $share } ({ $count })
trainer-questions-wrong-answers = Respuestas incorrectas más frecuentes
trainer-questions-wrong-answer = «{ $answer }»: { $count }
trainer-questions-partial = Reparto de las respuestas en parte correctas
trainer-questions-partial-line = { $score } de los puntos: { $count }
trainer-flag-very-easy = Muy fácil
trainer-flag-very-hard = Muy difícil
trainer-flag-does-not-separate = No distingue a los participantes fuertes de los débiles
trainer-flag-check-key = Los mejores participantes suelen fallarla: revise la respuesta correcta
trainer-flag-unpicked-option = Una opción incorrecta que nadie elige
trainer-flag-too-few = Muy pocas respuestas para juzgar
trainer-flag-none = Sin avisos
trainer-legend-fine = sin aviso
trainer-legend-warn = conviene revisarla
trainer-legend-danger = revise la respuesta correcta
trainer-legend-too-few = muy pocas respuestas

## Área del formador: el programa, cada alumno de la formación, de cada equipo

trainer-tab-programme = Programa
trainer-programme-heading = { $count ->
    [one] Un alumno en el programa
   *[other] { $count } alumnos en el programa
}
trainer-programme-body = Todas las personas que aprendieron en este portátil o en un equipo cuyos registros recogió. Quien usó dos portátiles aparece dos veces: seleccione ambos y diga a Fieldcourse que son la misma persona.
trainer-programme-empty = Aún no hay alumnos. Aquí aparecen los de este portátil y los de cada equipo cuyos registros recoja.
trainer-programme-course = Curso
trainer-programme-device = Equipo
trainer-programme-status = Estado
trainer-programme-sort = Ordenar por
trainer-programme-all = Todos
trainer-programme-this-laptop = Este portátil
trainer-programme-not-started = Sin empezar
trainer-programme-in-progress = En curso
trainer-programme-completed = Terminado
trainer-programme-sort-name = Nombre
trainer-programme-sort-device = Equipo
trainer-programme-sort-progress = Progreso
trainer-programme-sort-activity = Última actividad
trainer-programme-column-learner = Alumno y equipo
trainer-programme-column-course = Curso y progreso
trainer-programme-column-scores = Mejores resultados
trainer-programme-column-certificate = Certificado y última actividad
trainer-programme-no-match = Ningún alumno cumple estas opciones.
trainer-programme-select = Seleccionar
trainer-programme-selected = Seleccionado
trainer-programme-undo = Deshacer
trainer-programme-select-hint = { $selected ->
    [0] Para unir los dos registros de una misma persona, seleccione ambos.
    [1] Seleccione otro alumno para unirlo con este.
    [2] Dos alumnos seleccionados.
   *[other] Para unir los registros de una misma persona, seleccione exactamente dos.
}
trainer-programme-join = Son la misma persona
trainer-programme-learner-on = { $name } en { $device }
trainer-programme-join-confirm-text = { $first } y { $second } aparecerán como un solo alumno. En cada curso cuenta el registro con más lecciones hechas, cuentan todos los intentos de cuestionario de ambos y se conserva el primer certificado. No se borra ni se cambia nada: Deshacer los vuelve a separar.
trainer-programme-join-confirm = Sí, unirlos
trainer-programme-join-cancel = Cancelar
trainer-programme-joined = { $name } aparece ahora como un solo alumno.
trainer-programme-undone = { $name } vuelve a aparecer en registros separados.
trainer-programme-quizzes = Cuestionarios: { $scores }
trainer-programme-no-final = Sin evaluación final
trainer-programme-final-not-taken = Evaluación final aún no hecha
trainer-programme-final-passed = Evaluación final: { $percent }, aprobada
trainer-programme-final-failed = Evaluación final: { $percent }, no aprobada
trainer-programme-last-activity = Activo el { $date }
trainer-programme-showing = { $first }–{ $last } de { $count }
trainer-programme-previous = Anteriores
trainer-programme-next = Siguientes
trainer-print-selected = { $count ->
    [one] Imprimir el certificado del alumno seleccionado
   *[other] Imprimir los certificados de los { $count } alumnos seleccionados
}
trainer-print-course = Imprimir todos los certificados de { $course }
trainer-print-hint = Para imprimir certificados, seleccione alumnos, o elija arriba un curso para imprimir los de todas las personas que lo terminaron.
trainer-print-choose-course = Elija un curso arriba: los certificados se imprimen de un curso cada vez.
trainer-print-running = Preparando el PDF de los certificados en { $folder }…
trainer-print-done = { $pages ->
    [one] El PDF está listo: un certificado en una página.
   *[other] El PDF está listo: { $pages } certificados, uno por página.
}
trainer-print-without = { $count ->
    [one] Todavía sin certificado de este curso: { $names }.
   *[other] Todavía sin certificado de este curso ({ $count } alumnos): { $names }.
}
trainer-print-failed = No se pudieron imprimir los certificados: { $error }
trainer-simulated-remove = { $count ->
    [one] Quitar el alumno simulado
   *[other] Quitar los { $count } alumnos simulados
}
trainer-simulated-confirm-text = { $count ->
    [one] El alumno simulado (datos de práctica) se borrará de este portátil con todo su progreso, sus intentos de cuestionario y sus certificados. Los alumnos reales y los registros recogidos no cambian.
   *[other] Los { $count } alumnos simulados (datos de práctica) se borrarán de este portátil con todo su progreso, sus intentos de cuestionario y sus certificados. Los alumnos reales y los registros recogidos no cambian.
}
trainer-simulated-confirm = Sí, quitarlos
trainer-simulated-cancel = Conservarlos
trainer-simulated-removing = Quitando los alumnos simulados…
trainer-simulated-removed = { $count ->
    [0] No quedaba ningún alumno simulado que quitar.
    [one] Se quitó un alumno simulado.
   *[other] Se quitaron { $count } alumnos simulados.
}

## Errores del archivo de progreso, tal como los muestra la aplicación.
error-progress-database = No se pudo guardar ni leer su progreso en { $file } ({ $reason }). Compruebe que queda espacio en el disco y que se puede escribir en la carpeta, y vuelva a intentarlo. Si sigue pasando, avise a su formador: esa carpeta también guarda una copia de seguridad diaria.
error-progress-io = No se pudo escribir ni leer un archivo de su progreso: { $file } ({ $reason }). Compruebe que la carpeta existe y que queda espacio en el disco, y vuelva a intentarlo.
error-progress-too-new = Su archivo de progreso { $file } lo creó una versión más nueva de Fieldcourse. No se ha tocado: pida a su formador que instale esa versión en este equipo.
error-progress-not-ours = El archivo { $file } no es un archivo de progreso de Fieldcourse. No se ha tocado: pida a su formador que lo saque de la carpeta de datos.
error-progress-damaged = Su archivo de progreso estaba dañado. No se borró nada: se guardó como { $moved }. Cierre Fieldcourse y vuelva a abrirlo para seguir; su formador puede recuperar una copia diaria.
error-progress-learner-gone = Esta persona ya no está en este equipo. Elija de nuevo en la lista.
error-progress-pin-wait = { $seconds ->
    [one] Demasiados PIN incorrectos. Vuelva a intentarlo en { $seconds } segundo o pida a su formador un PIN nuevo.
   *[other] Demasiados PIN incorrectos. Vuelva a intentarlo en { $seconds } segundos o pida a su formador un PIN nuevo.
}
error-progress-open-again = Esta pantalla ya no coincide con su progreso guardado. Vuelva atrás y ábrala de nuevo; no se ha perdido nada guardado.
error-progress-backup = Esa copia de seguridad no se puede usar. No se cambió nada: pida a su formador que elija otra.

## El tipo de fallo que sufrió un archivo o el archivo de progreso, dentro de los mensajes de arriba y de abajo.
io-not-found = el archivo o la carpeta no existe
io-not-allowed = esta cuenta no tiene permiso para escribir o leer ahí
io-disk-full = el disco está lleno
io-already-there = ya hay algo con ese nombre
io-wrong-kind = hay una carpeta donde debería haber un archivo, o al revés
io-unreadable = el contenido del archivo está dañado o incompleto
io-busy = otro programa está usando el archivo
io-other = el sistema lo rechazó
error-input-name-empty = Escriba el nombre que se mostrará en este equipo.
error-input-name-too-long = Este nombre tiene más de { $max } caracteres. Use uno más corto: el nombre completo puede ir en «Nombre en los certificados».
error-input-certificate-name-too-long = El nombre en los certificados tiene más de { $max } caracteres. Acórtelo y vuelva a guardar.
error-input-no-language = Elija el idioma que prefiere esta persona y vuelva a guardar.
error-input-pin-not-protected = No se pudo guardar el PIN de forma segura. Vuelva a intentarlo; si sigue fallando, deje el PIN vacío por ahora.
error-file = No se pudo usar { $file }: { $reason }. Compruebe que la carpeta existe y que queda espacio en el disco, y vuelva a intentarlo.
error-simulated-mixed = { $file } tiene alumnos reales junto a los simulados. Quite los alumnos simulados desde el área del formador de esa carpeta de datos.
error-folder-in-use = La carpeta de datos { $folder } está abierta en otra ventana de Fieldcourse. Cierre esa ventana y vuelva a abrir Fieldcourse.
error-folder-lock = No se pudo tomar la carpeta de datos { $folder }: { $reason }. Pida a quien se ocupa de este equipo que revise esa carpeta.

## Errores de cursos, paquetes, certificados, cuestionarios y registros de aprendizaje, tal como los muestra la aplicación.
error-course-unreadable = No se pudo leer el archivo del curso { $file }: { $reason }.
error-course-too-large = El archivo del curso { $file } ocupa { $megabytes } MB; un archivo de curso puede ocupar como mucho 64 MB. Pida al autor que divida el curso o que saque de él los medios grandes.
error-course-broken = «{ $course }» tiene problemas que su autor debe corregir antes de poder leerlo. Avise a su formador.
error-course-refused = «{ $course }» tiene problemas y no se instaló. Impórtelo de nuevo cuando el autor los haya corregido.
error-course-not-installed = El curso no se instaló: no se pudo copiar { $file } ({ $reason }). No cambió nada; libere espacio en el disco e impórtelo de nuevo.
error-package-io = No se pudo leer el paquete { $file }: { $reason }. Compruebe que la memoria USB o la carpeta sigue ahí e impórtelo de nuevo.
error-package-not-written = No se pudo crear el paquete. No cambió nada; vuelva a intentarlo.
error-package-broken = Este paquete está incompleto o dañado por dentro. Pida una copia nueva a quien lo hizo.
error-package-too-many = Este paquete contiene { $count } archivos, más de los { $max } que admite un curso. No se instaló: pida a su autor que lo revise.
error-package-entry = Este paquete contiene un archivo que Fieldcourse se niega a desempaquetar ({ $entry }). No se instaló nada: pida una copia nueva a quien lo hizo.
error-package-too-large = Desempaquetado, este paquete ocuparía más de { $megabytes } MB, demasiado para un curso. No se instaló nada: pida a su autor que lo revise.
error-package-older = La versión { $installed } de «{ $course }» ya está instalada, y este paquete contiene la versión anterior { $offered }. No cambió nada.
error-watch-refused = No se pueden seguir los cambios en { $folder }, así que la vista previa no se recargará sola. Cierre la vista previa y vuelva a abrirla.
error-watch-stopped = Se dejó de vigilar { $folder }, así que la vista previa ya no se recarga sola. Cierre la vista previa y vuelva a abrirla.
error-certificate-io = No se pudo guardar el certificado como { $file }: { $reason }. Elija otra carpeta o libere espacio en el disco, y vuelva a guardar.
error-certificate-key = La clave de firma { $file } no se puede usar, así que no se puede firmar ningún certificado. Pida a su formador que revise la configuración de los certificados.
error-certificate-random = Este equipo no dio números aleatorios para firmar, así que no se guardó nada. Vuelva a intentarlo en un momento.
error-certificate-pdf = No se pudo componer la página del certificado. Su certificado se conserva: avise a su formador, que puede guardarlo desde otro equipo.
error-certificate-stored = No se puede volver a leer el certificado guardado en este equipo; puede que el archivo de progreso esté dañado. Pida a su formador que recupere una copia de seguridad diaria.
error-certificate-trust-file = La línea { $line } de { $file } no es un emisor de confianza válido. Pida a su formador que corrija esa línea.
error-quiz-changed = El curso cambió desde que empezó este intento, así que la pregunta { $question } ya no encaja. Avise a su formador.
error-quiz-incomplete = La pregunta { $question } está incompleta en este curso. Avise a su formador, que puede pedir al autor que la corrija.
error-lrs-io = No se pudo usar { $file }: { $reason }. Revise la carpeta de datos y vuelva a enviar.
error-lrs-bad-file = No se pueden leer los datos del LRS guardados en { $file }. Escriba de nuevo la dirección, el usuario y la contraseña, y envíe.
error-lrs-bad-address = { $address } no es una dirección de LRS. Escríbala tal como se la dio quien administra el LRS, por ejemplo https://lrs.example.org/xapi.
error-lrs-not-an-lrs = Algo responde en { $address }, pero no es un LRS. Compruebe la dirección con quien lo administra. Registros aún pendientes: { $pending }.
error-lrs-needs-credentials = El LRS de { $address } pide un usuario y una contraseña. Escríbalos arriba y vuelva a enviar. Registros aún pendientes: { $pending }.
error-lrs-busy = El LRS de { $address } está ocupado y pide esperar { $seconds } segundos. Vuelva a enviar después. Registros aún pendientes: { $pending }.
network-refused = nada responde en esa dirección
network-host-not-found = ese nombre no se conoce en la red
network-timed-out = no respondió a tiempo
network-other = falló la red
error-lrs-no-route = No se pudo llegar al LRS de { $address }: { $cause }. Compruebe la conexión de red y la dirección, y vuelva a enviar. Registros aún pendientes: { $pending }.
error-lrs-refused-credentials = El LRS de { $address } rechazó el usuario y la contraseña. Compruébelos con quien lo administra. Registros aún pendientes: { $pending }.
error-lrs-rejected = El LRS de { $address } rechazó el registro { $statement }. Los registros anteriores llegaron. Comunique este identificador al equipo de Fieldcourse. Registros aún pendientes: { $pending }.
error-lrs-server = El LRS de { $address } respondió con un error (HTTP { $status }). Vuelva a intentarlo más tarde. Registros aún pendientes: { $pending }.
error-lrs-interrupted = El envío se detuvo tras { $delivered } registros. Los otros { $pending } esperan y saldrán en el próximo envío.

# Registros para el formador: archivos de registros llevados en una memoria USB
trainer-tab-records-files = Registros para el formador
carry-save-heading = Guardar los registros para el formador
carry-save-body = Reúne a todos los estudiantes de este portátil en un único archivo firmado, con su avance, sus respuestas a los cuestionarios, sus certificados y sus registros de aprendizaje (los PIN se quedan aquí). Guárdelo en una memoria USB y llévelo al portátil del formador. Cada archivo nuevo sustituye al anterior.
carry-device-name = Nombre de este portátil, tal como lo verá el formador
carry-device-placeholder = Portátil 3
carry-save = Elegir dónde guardar…
carry-saving = Guardando los registros en { $folder }… No retire la memoria USB.
carry-saved = { $learners ->
    [one] Registros de «{ $device }» guardados: un estudiante.
   *[other] Registros de «{ $device }» guardados: { $learners } estudiantes.
}
carry-saved-size = { $kilobytes } KB, guardados en { $milliseconds } ms. Ya puede retirar la memoria USB.
carry-save-failed = No se pudieron guardar los registros: { $error }
carry-collect-heading = Recoger registros
carry-collect-body = En el portátil del formador: recoja los archivos de registros guardados en los portátiles de los estudiantes. Recoger dos veces el mismo archivo no cambia nada, un archivo más reciente de un portátil sustituye al anterior y los estudiantes de este portátil nunca se tocan.
carry-collect-drop = También puede soltar archivos de registros, o una carpeta que los contenga, sobre esta ventana.
carry-collect = Elegir archivos de registros…
carry-collecting = Recogiendo el archivo { $number } de { $total }: { $file }
carry-collect-failed = No se pudo recoger nada: { $error }
carry-collected-summary = { $total ->
    [0] Ningún archivo recogido
    [one] { $collected } de un archivo recogido
   *[other] { $collected } de { $total } archivos recogidos
}{ $refused ->
    [0] .
    [one] , uno rechazado.
   *[other] , { $refused } rechazados.
}
carry-file-new = { $file }: { $learners ->
    [one] un estudiante recogido
   *[other] { $learners } estudiantes recogidos
} de «{ $device }», un portátil nuevo aquí.
carry-file-superseded = { $file }: { $learners ->
    [one] un estudiante recogido
   *[other] { $learners } estudiantes recogidos
} de «{ $device }», en lugar de sus registros anteriores.
carry-file-unchanged = { $file }: ya recogido de «{ $device }». No cambió nada.
carry-file-older = { $file }: ya hay aquí registros más recientes de «{ $device }» (guardados el { $saved }). No cambió nada.
carry-file-refused = Rechazado, no se recogió nada: { $reason }
carry-file-failed = No recogido: { $reason }
picker-save-title = Elija la carpeta donde guardar
picker-collect-title = Elija archivos de registros, o la carpeta que los contiene
picker-in = En { $folder }
picker-places = Memorias USB y carpeta personal
picker-up = Subir una carpeta
picker-reading = Leyendo…
picker-no-places = No se encontró ninguna memoria USB. Conecte una y pulse Mirar de nuevo.
picker-no-folders = No hay carpetas aquí. Guarde aquí, o suba.
picker-nothing-here = No hay carpetas ni archivos de registros aquí.
picker-collect-files = { $count ->
    [0] Recoger los archivos marcados
    [one] Recoger el archivo marcado
   *[other] Recoger los { $count } archivos marcados
}
picker-save-here = Guardar aquí
picker-print-title = Elija la carpeta del PDF de certificados
picker-print-here = Guardar el PDF aquí
picker-collect-folder = Recoger todos los archivos de registros de esta carpeta
picker-refresh = Mirar de nuevo
picker-cancel = Cancelar
picker-drive = Memoria USB { $name }
picker-home = Carpeta personal
error-records-io = No se pudo usar { $file }: { $reason }. Compruebe que la memoria USB está conectada y tiene espacio libre, y vuelva a intentarlo.
error-records-not-written = No se pudo crear el archivo de registros { $file }. No se escribió nada. Vuelva a intentarlo e infórmelo si sigue fallando.
error-records-not-records = { $file } no es un archivo de registros de Fieldcourse. Elija un archivo .fcrecords guardado con «Guardar los registros para el formador».
error-records-truncated = { $file } está incompleto: la copia o el guardado se interrumpió. Cópielo de nuevo, o vuelva a guardar los registros en su portátil.
error-records-unsigned = { $file } no lleva la firma del portátil que lo guardó. Vuelva a guardar los registros en ese portátil.
error-records-tampered = { $file } se modificó o se dañó después de que su portátil lo guardara. Vuelva a guardar los registros en ese portátil y traiga el archivo nuevo.
error-records-newer-format = { $file } se guardó con un Fieldcourse más reciente (formato de registros { $found }; este lee hasta el { $supported }). Actualice Fieldcourse en este portátil y vuelva a recogerlo.
error-records-unreadable = { $file } está firmado por su portátil, pero sus registros no se pueden leer. Vuelva a guardarlos allí, con la misma versión de Fieldcourse que este portátil.
error-records-key-mismatch = { $file } dice venir de «{ $device }», pero los registros de ese portátil se recogieron aquí primero con otra clave de firma. Compruebe que el archivo viene de verdad de ese portátil: un portátil instalado de nuevo no puede sustituir los registros del antiguo.
error-records-own-device = { $file } se guardó en este portátil, cuyos estudiantes ya están aquí. Recoja los archivos de los otros portátiles.
error-records-inconsistent = Los registros de { $file } no son coherentes. Vuelva a guardarlos en su portátil.
error-records-empty-folder = La carpeta { $folder } no contiene ningún archivo de registros. Elija la carpeta donde se guardaron, o los archivos mismos.

## Paquetes de cursos firmados: quién publicó un curso y si este equipo confía en la clave
publisher-verified = Publicado por { $name } (verificado)
publisher-verified-detail = Firmado con una clave en la que este equipo confía.
publisher-unknown = Firmado a nombre de «{ $name }» con una clave que este equipo no conoce (sin verificar)
publisher-unsigned = Sin firma: nada indica quién publicó este paquete (sin verificar)
publisher-key = Clave: { $did }
trainer-import-unsigned = «{ $course }» versión { $version } no está firmado.
trainer-import-unsigned-body = Nada indica quién hizo este paquete ni que nadie lo haya cambiado por el camino. Instálelo solo si sabe de dónde viene.
trainer-import-unknown = «{ $course }» versión { $version } está firmado a nombre de «{ $name }», con una clave que este equipo no conoce.
trainer-import-unknown-body = Cualquiera puede crear una clave y firmar con cualquier nombre. Instálelo solo si sabe que este paquete viene de «{ $name }». Para confiar en esta editorial a partir de ahora, instale su clave en este ordenador (fieldcourse issuer install).
trainer-import-install-anyway = Instalarlo de todos modos
trainer-import-cancel = No instalar
trainer-import-new-publisher = El curso «{ $course }» instalado lo publicó «{ $installed }»; este paquete está firmado con otra clave, a nombre de «{ $offered }».
trainer-import-new-publisher-unsigned = El curso «{ $course }» instalado lo publicó «{ $installed }»; este paquete no está firmado.
trainer-import-new-publisher-body = Es raro que un curso cambie de editorial. Reemplácelo solo si sabe por qué; si no, conserve el curso instalado y consulte a quien lo publicó.
trainer-import-replace-anyway = Reemplazarlo de todos modos
trainer-import-keep-publisher = Conservar el curso instalado
course-publisher-verified = Publicado por { $name } · verificado
course-publisher-unverified = Firmado a nombre de «{ $name }» · sin verificar
error-package-bad-signature = La firma de este paquete no coincide con su contenido: se modificó después de firmarlo o se dañó por el camino. No se instaló nada: pida una copia nueva a quien lo publicó.
error-package-unverified-unsigned = «{ $course }» no está firmado, así que no se instaló nada.
error-package-unverified-unknown = «{ $course }» está firmado a nombre de «{ $publisher }» con una clave que este equipo no conoce, así que no se instaló nada.
error-package-new-publisher = «{ $course }» lo publicó «{ $installed }», y este paquete viene de otra editorial, así que no cambió nada.
